package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.story.LanguageNames;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Project Gutenberg book under {@code ../shared/gutenberg}, read as a user would check it:
 * the header's title, author and language, none of the licence or front matter as text, chapters
 * in the book's own order. Skipped when the books are not there.
 */
class GutenbergCorpusTest {

  private static final Path BOOKS = Path.of(System.getProperty("quire.shared", "../shared"), "gutenberg");
  private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?:CHAPTER|Chapter) [IVXLC\\d]+\\b");

  private final GutenbergFormat format = new GutenbergFormat();

  static List<Path> books() {
    assumeTrue(Files.isDirectory(BOOKS), "the shared Gutenberg books " + BOOKS + " are not here");
    try (Stream<Path> files = Files.walk(BOOKS)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("books")
  void readsTheHeaderAndNeverTheLicenceOrFrontMatterAsChapters(Path book) throws Exception {
    byte[] bytes = Files.readAllBytes(book);
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\r", "");
    String flowing = text.replaceAll("\\s+", " ");
    // One file in the collection is an HTML page saved under .txt; other formats read it.
    assumeTrue(!HtmlInput.looksLikeHtml(bytes), "an HTML page, not a Gutenberg text file");

    assertThat(StoryFormats.detect(bytes, book.getFileName().toString()))
        .get().extracting(StoryFormat::name).isEqualTo("gutenberg");
    StoryDocument story = format.read(bytes, book.getFileName().toString());

    stated(text, "Title").ifPresent(title -> assertThat(story.title()).startsWith(title));
    stated(text, "Author").ifPresent(author -> assertThat(story.creators()).first().isEqualTo(author));
    stated(text, "Language").ifPresent(language ->
        assertThat(story.language()).isEqualTo(LanguageNames.toTag(language)));
    int previous = -1;
    for (StoryChapter chapter : story.chapters()) {
      Document body = Jsoup.parseBodyFragment(chapter.bodyHtml());
      String words = body.text();
      assertThat(words).doesNotContain("START OF THIS PROJECT GUTENBERG", "START OF THE PROJECT GUTENBERG",
          "Project Gutenberg-tm", "Produced by");
      assertThat(body.select("p").eachText().stream().filter(p -> CONTENTS_ENTRY.matcher(p).lookingAt()))
          .as("paragraphs of chapter %s that are chapter headings, as in a contents list", chapter.title())
          .hasSizeLessThan(3);
      int at = flowing.indexOf(opening(words), previous + 1);
      assertThat(at).as("chapter %s comes after the one before it", chapter.title()).isGreaterThan(previous);
      previous = at;
    }
  }

  @Test
  void readsDonQuixoteAsItsTwoPartsOfChaptersInOrder() throws Exception {
    Path book = BOOKS.resolve("Cervantes_Saavedra_Miguel_de/Don_Quixote.txt");
    assumeTrue(Files.isRegularFile(book), "Don Quixote is not among the shared books");

    StoryDocument story = format.read(Files.readAllBytes(book), "Don_Quixote.txt");

    assertThat(story.title()).isEqualTo("The History of Don Quixote");
    assertThat(story.creators()).containsExactly("Miguel de Cervantes Saavedra");
    assertThat(story.language()).isEqualTo("en");
    List<String> chapters = story.chapters().stream().map(StoryChapter::title)
        .filter(t -> t != null && t.startsWith("CHAPTER")).toList();
    assertThat(chapters).hasSize(52 + 74);
    assertThat(chapters.getFirst()).isEqualTo(
        "CHAPTER I: WHICH TREATS OF THE CHARACTER AND PURSUITS OF THE FAMOUS GENTLEMAN DON QUIXOTE OF LA MANCHA");
    assertThat(chapters.get(7)).startsWith("CHAPTER VIII: OF THE GOOD FORTUNE WHICH THE VALIANT DON QUIXOTE");
    assertThat(chapters.get(52)).startsWith("CHAPTER I: OF THE INTERVIEW THE CURATE AND THE BARBER");
    assertThat(chapters.getLast()).startsWith("CHAPTER LXXIV: OF HOW DON QUIXOTE FELL SICK");
    assertThat(story.notes()).contains("Produced by David Widger");
  }

  /** What the header's {@code label:} line states, if it has one. */
  private static java.util.Optional<String> stated(String text, String label) {
    String head = text.substring(0, Math.max(0, text.indexOf("*** START")));
    Matcher line = Pattern.compile("(?m)^" + label + ":[ \\t]*(\\S.*)$").matcher(head);
    return line.find() ? java.util.Optional.of(line.group(1).strip()) : java.util.Optional.empty();
  }

  /** The chapter's first few words as they stand in the file, line breaks aside. */
  private static String opening(String words) {
    String[] first = words.strip().split("\\s+", 4);
    return first.length > 1 ? first[0] + " " + first[1] : first[0];
  }
}
