package dev.quire.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.ExternalTool;
import dev.quire.ingest.WorkPublisher;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of feed the archive serves is valid: OPDS feeds against the OPDS 1.1 RELAX NG grammar
 * (which OPDS 1.2 keeps), Atom feeds against RFC 4287's, both checked by {@code jing}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedValidationTest extends ArchiveTest {

  static final String BASE = "http://localhost";

  @Autowired WorkPublisher publisher;
  @Autowired MockMvc mvc;
  @TempDir Path folder;

  Shelf shelf;
  CatalogLinks links = new CatalogLinks(BASE);

  @BeforeAll
  void publishWorks() {
    shelf = Shelf.publish(publisher);
  }

  @Test
  void everyOpdsFeedIsValid() throws Exception {
    Map<String, String> feeds = new LinkedHashMap<>();
    feeds.put("root navigation", links.root());
    feeds.put("recent works", links.recent(1));
    feeds.put("recent works, page 2", links.recent(2));
    feeds.put("fandoms navigation", links.tags(TagKind.FANDOM, 1));
    feeds.put("works of a fandom", links.taggedWorks(TagKind.FANDOM, shelf.fandom, 1));
    feeds.put("works of a fandom, page 2", links.taggedWorks(TagKind.FANDOM, shelf.fandom, 2));
    feeds.put("works of a fandom with signs in its name", links.taggedWorks(TagKind.FANDOM, shelf.otherFandom, 1));
    feeds.put("tag kinds navigation", links.tagKinds());
    feeds.put("ratings navigation", links.tags(TagKind.RATING, 1));
    feeds.put("creators navigation", links.creators(1));
    feeds.put("works of a creator", creatorFeed());
    feeds.put("search results", links.search("orchard " + shelf.marker, 1));
    feeds.put("search results without a match", links.search("nothing" + shelf.marker, 1));
    assertValid("opds_v1.1.rnc", fetch(feeds, List.of(CatalogTerms.NAVIGATION, CatalogTerms.ACQUISITION)));
  }

  @Test
  void everyAtomFeedIsValid() throws Exception {
    Map<String, String> feeds = new LinkedHashMap<>();
    feeds.put("recent works", links.recentAtom());
    feeds.put("works of a tag", links.tagAtom(shelf.otherFandom));
    feeds.put("works of a tag nobody used", links.tagAtom("Unused " + shelf.marker));

    assertValid("atom.rnc", fetch(feeds, List.of(CatalogTerms.ATOM)));
  }

  @Test
  void theValidatorRejectsAFeedWithoutAnId() throws Exception {
    String feed = new String(new FeedReader(mvc).fetch(links.root(), CatalogTerms.NAVIGATION), StandardCharsets.UTF_8);
    Path broken = folder.resolve("without-id.xml");
    Files.writeString(broken, feed.replaceFirst("<id>[^<]*</id>", ""));

    ExternalTool.Run run = jing("opds_v1.1.rnc", List.of(broken));
    assertThat(run.exitCode()).isNotZero();
    assertThat(findings(run)).anySatisfy(line -> assertThat(line).contains("without-id.xml").contains("id"));
  }

  String creatorFeed() throws Exception {
    Document creators = new FeedReader(mvc).feed(links.creators(1), CatalogTerms.NAVIGATION);
    return FeedReader.linkOf(FeedReader.entries(creators).getFirst(), "subsection");
  }

  /** The feeds saved to files named for what they are. */
  List<Path> fetch(Map<String, String> feeds, List<String> mediaTypes) throws Exception {
    FeedReader reader = new FeedReader(mvc);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> feed : feeds.entrySet()) {
      Path file = folder.resolve(feed.getKey().replaceAll("[^a-z0-9]+", "-") + ".xml");
      Files.write(file, reader.fetch(feed.getValue(), mediaTypes));
      files.add(file);
    }
    return files;
  }

  void assertValid(String grammar, List<Path> files) throws Exception {
    ExternalTool.Run run = jing(grammar, files);
    assertThat(findings(run)).as("jing's findings").isEmpty();
    assertThat(run.exitCode()).isZero();
  }

  /** What jing found, without what Debian's launcher says of optional libraries it lacks. */
  static List<String> findings(ExternalTool.Run run) {
    return (run.output() + run.errors()).lines().filter(line -> !line.startsWith("[warning] ")).toList();
  }

  ExternalTool.Run jing(String grammar, List<Path> files) throws IOException, InterruptedException {
    ExternalTool jing = ExternalTool.require("jing", "apt-get install jing");
    Path grammars = grammars();
    List<String> arguments = new ArrayList<>(List.of("-c", grammars.resolve(grammar).toString()));
    files.forEach(f -> arguments.add(f.toString()));
    return jing.run(folder, Duration.ofMinutes(2), arguments);
  }

  /** The grammars, copied from the test resources to one folder, as one includes the other. */
  Path grammars() throws IOException {
    Path grammars = Files.createDirectories(folder.resolve("grammars"));
    for (String name : List.of("opds_v1.1.rnc", "atom.rnc")) {
      try (InputStream in = getClass().getResourceAsStream("/opds/" + name)) {
        Files.copy(in, grammars.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return grammars;
  }
}
