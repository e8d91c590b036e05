package dev.quire.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.ExternalTool;
import dev.quire.ingest.WorkPublisher;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A third-party OPDS parser ({@code opds-feed-parser} from npm, run by Node.js) reads the feeds
 * the archive serves and finds in them the works, creators and downloads the archive put there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpdsClientTest extends ArchiveTest {

  static final String BASE = "http://localhost";
  static final Path SOURCES = Path.of("src/test/node");
  static final Path CLIENT = Path.of("target/opds-client");

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
  void aReadingAppFindsTheWorksTheirCreatorsAndTheirDownloads() throws Exception {
    JsonNode read = readWithClient(List.of(
        links.root(),
        links.taggedWorks(TagKind.FANDOM, shelf.fandom, 1),
        links.taggedWorks(TagKind.FANDOM, shelf.fandom, 2)));

    JsonNode root = read.get(0);
    assertThat(root.get("kind").asString()).isEqualTo("navigation");
    assertThat(texts(root.get("entries"), "title")).containsExactly("Recently updated", "Fandoms", "Tags", "Creators");
    assertThat(texts(root.get("search"))).containsExactly(BASE + "/opds/opensearch.xml");

    List<JsonNode> fandom = new ArrayList<>();
    read.get(1).get("entries").forEach(fandom::add);
    read.get(2).get("entries").forEach(fandom::add);
    assertThat(read.get(1).get("kind").asString()).isEqualTo("acquisition");
    assertThat(read.get(1).get("totalResults").asInt()).isEqualTo(Shelf.LONG_FANDOM);
    assertThat(fandom.stream().map(this::described).toList()).containsExactlyElementsOf(
        IntStream.iterate(Shelf.LONG_FANDOM, i -> i >= 1, i -> i - 1).mapToObj(this::expectedHarbourStory).toList());
  }

  @Test
  void aReadingAppSeesAnAdultWorksRatingAndItsConsentingDownloads() throws Exception {
    JsonNode works = readWithClient(List.of(links.taggedWorks(TagKind.FANDOM, shelf.otherFandom, 1))).get(0);
    JsonNode explicit = StreamSupport.stream(works.get("entries").spliterator(), false)
        .filter(e -> e.get("id").asString().equals(WorkEntry.id(shelf.explicit))).findFirst().orElseThrow();

    String file = BASE + "/downloads/" + shelf.explicit + "/Winter_Orchard_" + shelf.marker;
    assertThat(described(explicit)).isEqualTo("Winter Orchard " + shelf.marker + " | "
        + shelf.otherWriter + ", " + shelf.writer + " | "
        + "application/epub+zip " + file + ".epub?view_adult=true, text/html " + file + ".html?view_adult=true");
    assertThat(StreamSupport.stream(explicit.get("categories").spliterator(), false)
        .filter(c -> c.get("scheme").asString().equals(CatalogTerms.RATING_SCHEME))
        .map(c -> c.get("term").asString() + " " + c.get("label").asString()))
        .containsExactly("explicit Explicit");
    assertThat(texts(explicit.get("authors"), "uri"))
        .hasSize(2).allSatisfy(uri -> assertThat(uri).startsWith(BASE + "/opds/creators/"));
  }

  /** A work as a reader sees it in a list: title | creators | downloads. */
  String described(JsonNode entry) {
    List<String> downloads = StreamSupport.stream(entry.get("acquisitions").spliterator(), false)
        .map(l -> l.get("type").asString() + " " + l.get("href").asString()).toList();
    return entry.get("title").asString() + " | " + String.join(", ", texts(entry.get("authors"), "name"))
        + " | " + String.join(", ", downloads);
  }

  String expectedHarbourStory(int number) {
    long id = shelf.fandomWorks.get(number - 1);
    String file = BASE + "/downloads/" + id + "/Harbour_Story_" + number + "_" + shelf.marker;
    return "Harbour Story " + number + " " + shelf.marker + " | " + shelf.writer
        + " | application/epub+zip " + file + ".epub, text/html " + file + ".html";
  }

  /** What the client read from each feed, in the order of the links. */
  JsonNode readWithClient(List<String> feeds) throws Exception {
    ExternalTool node = ExternalTool.require("node", "Node.js 20 or later");
    prepareClient();
    FeedReader reader = new FeedReader(mvc);
    List<String> arguments = new ArrayList<>(List.of(CLIENT.toAbsolutePath().resolve("read-feeds.js").toString()));
    for (int i = 0; i < feeds.size(); i++) {
      Path file = folder.resolve("feed-" + i + ".xml");
      Files.write(file, reader.fetch(feeds.get(i), List.of(CatalogTerms.NAVIGATION, CatalogTerms.ACQUISITION)));
      arguments.add(file.toString());
    }
    ExternalTool.Run run = node.run(CLIENT, Duration.ofMinutes(1), arguments);
    assertThat(run.exitCode()).as("node failed: %s", run.errors()).isZero();
    JsonNode byFile = new ObjectMapper().readTree(run.output());
    List<JsonNode> read = arguments.subList(1, arguments.size()).stream().map(byFile::get).toList();
    return new ObjectMapper().valueToTree(read);
  }

  /** The client's folder under target/, with its packages installed from the lock file once. */
  static synchronized void prepareClient() throws IOException, InterruptedException {
    ExternalTool npm = ExternalTool.require("npm", "npm, which comes with Node.js");
    Files.createDirectories(CLIENT);
    Path lock = CLIENT.resolve("package-lock.json");
    boolean lockChanged = !Files.exists(lock) || Files.mismatch(lock, SOURCES.resolve("package-lock.json")) != -1;
    for (String name : List.of("package.json", "package-lock.json", "read-feeds.js")) {
      Files.copy(SOURCES.resolve(name), CLIENT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    if (lockChanged || !Files.exists(CLIENT.resolve("node_modules/opds-feed-parser/package.json"))) {
      ExternalTool.Run install = npm.run(CLIENT, Duration.ofMinutes(5),
          List.of("ci", "--prefer-offline", "--no-audit", "--no-fund"));
      assertThat(install.exitCode()).as("npm ci failed: %s", install.errors()).isZero();
    }
  }

  static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asString()).toList();
  }

  static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
  }
}
