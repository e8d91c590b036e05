package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WordCounter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden test over the real AO3 downloads in the shared corpus: every imported value must equal
 * what the file's own preface states, read here with a few selectors of the test's own.
 */
class Ao3CorpusTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("quire.shared", "../shared"), "corpus");
  private static final Map<String, TagKind> KINDS = Map.of(
      "rating", TagKind.RATING, "archive warning", TagKind.WARNING, "category", TagKind.CATEGORY,
      "fandom", TagKind.FANDOM, "relationship", TagKind.RELATIONSHIP,
      "character", TagKind.CHARACTER, "additional tag", TagKind.FREEFORM);

  @TestFactory
  Stream<DynamicTest> importsEveryAo3DownloadAsItsPrefaceStatesIt() throws IOException {
    List<Path> files = new ArrayList<>(SharedCorpus.files("ao3-html"));
    try (Stream<Path> ebooks = Files.walk(CORPUS.resolve("ao3-ebooks"))) {
      ebooks.filter(Files::isRegularFile).forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(14);
    return files.stream().sorted().map(file ->
        DynamicTest.dynamicTest(
            CORPUS.relativize(file).toString(), () -> assertMatchesPreface(file)));
  }

  @TestFactory
  Stream<DynamicTest> readsTheEpubAndHtmlDownloadsOfAWorkAlike() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS.resolve("ao3-ebooks")), "shared corpus not present");
    try (Stream<Path> works = Files.list(CORPUS.resolve("ao3-ebooks"))) {
      return works.sorted().toList().stream().map(work ->
          DynamicTest.dynamicTest(work.getFileName().toString(), () -> assertAlike(work)));
    }
  }

  private static void assertMatchesPreface(Path file) throws Exception {
    Stated stated = Stated.read(documents(file));
    StoryDocument story = importFile(file);

    assertThat(story.title()).isEqualTo(stated.title);
    assertThat(story.creators()).isEqualTo(stated.creators);
    assertThat(story.language()).isEqualTo(stated.language.equals("English") ? "en" : null);
    for (TagKind kind : TagKind.values()) {
      assertThat(names(story, kind)).as(kind.label())
          .isEqualTo(stated.tags.getOrDefault(kind, List.of()));
    }
    assertThat(story.chapters()).hasSize(stated.chapters);
    assertThat(story.chaptersExpected()).isEqualTo(stated.expected);
    assertThat(words(story)).isCloseTo(stated.words, within(stated.words / 100 + 1));
    assertThat(story.published()).isEqualTo(stated.published);
    assertThat(story.updated()).isEqualTo(stated.updated);
    assertThat(story.sourceUrl()).matches("https?://archiveofourown\\.org/works/\\d+");
  }

  private static void assertAlike(Path work) throws Exception {
    try (Stream<Path> files = Files.list(work)) {
      List<Path> both = files.sorted().toList();
      StoryDocument epub = importFile(endingWith(both, ".epub"));
      StoryDocument html = importFile(endingWith(both, ".html"));

      assertThat(epub.chapters()).extracting(StoryChapter::title)
          .isEqualTo(html.chapters().stream().map(StoryChapter::title).toList());
      assertThat(epub.tags()).isEqualTo(html.tags());
      assertThat(words(epub)).isCloseTo(words(html), within(words(html) / 100));
      assertThat(text(epub.summary())).isEqualTo(text(html.summary()));
      assertThat(text(epub.notes())).isEqualTo(text(html.notes()));
      assertThat(text(epub.endNotes())).isEqualTo(text(html.endNotes()));
      for (int i = 0; i < html.chapters().size(); i++) {
        StoryChapter fromEpub = epub.chapters().get(i);
        StoryChapter fromHtml = html.chapters().get(i);
        assertThat(text(fromEpub.notes())).isEqualTo(text(fromHtml.notes()));
        assertThat(text(fromEpub.endNotes())).isEqualTo(text(fromHtml.endNotes()));
      }
      // Every other field (title, creators, dates, language, series, URL) is identical.
      assertThat(withoutProse(epub).chapters(html.chapters()).build())
          .isEqualTo(withoutProse(html).build());
    }
  }

  private static Path endingWith(List<Path> files, String suffix) {
    return files.stream().filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
  }

  /** Summaries and notes differ in calibre's class names only, so they are compared as text. */
  private static StoryDocument.Builder withoutProse(StoryDocument story) {
    return story.toBuilder().summary(null).notes(null).endNotes(null);
  }

  private static StoryDocument importFile(Path file) throws IOException, UnreadableFileException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    StoryFormat format = StoryFormats.detect(bytes, name).orElseThrow();
    assertThat(format.name()).isEqualTo(name.endsWith(".epub") ? "epub" : "ao3-html");
    return format.read(bytes, name);
  }

  private static List<String> names(StoryDocument story, TagKind kind) {
    return story.tags().stream().filter(t -> t.kind() == kind).map(AuthorTag::name).toList();
  }

  private static int words(StoryDocument story) {
    return story.chapters().stream().mapToInt(c -> WordCounter.countHtml(c.bodyHtml())).sum();
  }

  private static String text(String html) {
    return html == null ? null : Jsoup.parse(html).text();
  }

  /** The HTML file, or every XHTML file inside the EPUB, parsed independently of the importer. */
  private static List<Document> documents(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (!file.toString().endsWith(".epub")) {
      return List.of(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
    }
    List<Document> documents = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().endsWith("html")) {
          documents.add(Jsoup.parse(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return documents;
  }

  /** What a download's preface says about its work. */
  private record Stated(String title, List<String> creators, String language,
      Map<TagKind, List<String>> tags, int words, int chapters, Integer expected,
      LocalDate published, LocalDate updated) {

    static Stated read(List<Document> documents) {
      Element message = first(documents, "p.message b");
      Element byline = first(documents, ".byline");
      Map<TagKind, List<String>> tags = new EnumMap<>(TagKind.class);
      String language = null;
      String stats = "";
      for (Element term : first(documents, "dl.tags").select("dt")) {
        String label = term.text().replace(":", "").strip().toLowerCase().replaceFirst("ies$", "y")
            .replaceFirst("s$", "");
        Element value = term.nextElementSibling();
        if (KINDS.containsKey(label)) {
          tags.put(KINDS.get(label), value.select("a").eachText());
        } else if (label.equals("language")) {
          language = value.text();
        } else if (label.equals("stat")) {
          stats = value.text();
        }
      }
      Matcher chapters = find("Chapters: (\\d+)/(\\d+|\\?)", stats);
      String updated = find("(?:Updated|Completed): (\\S+)", stats) == null ? null
          : find("(?:Updated|Completed): (\\S+)", stats).group(1);
      return new Stated(message.text(), byline.select("a[rel=author]").eachText(), language, tags,
          Integer.parseInt(find("Words: ([\\d,]+)", stats).group(1).replace(",", "")),
          Integer.parseInt(chapters.group(1)),
          chapters.group(2).equals("?") ? null : Integer.valueOf(chapters.group(2)),
          LocalDate.parse(find("Published: (\\S+)", stats).group(1)),
          updated == null ? null : LocalDate.parse(updated));
    }

    private static Element first(List<Document> documents, String selector) {
      return documents.stream().map(d -> d.selectFirst(selector)).filter(e -> e != null)
          .findFirst().orElseThrow(() -> new AssertionError("no " + selector + " in the preface"));
    }

    private static Matcher find(String regex, String text) {
      Matcher m = Pattern.compile(regex).matcher(text);
      return m.find() ? m : null;
    }
  }
}
