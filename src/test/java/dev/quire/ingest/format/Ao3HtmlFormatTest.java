package dev.quire.ingest.format;

import dev.quire.story.LanguageNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WordCounter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ao3HtmlFormatTest {

  private static final byte[] DOWNLOAD = resource("/formats/ao3-download.html");

  private final Ao3HtmlFormat format = new Ao3HtmlFormat();

  @Nested
  class ADownloadWithEveryField {

    private final StoryDocument story = read(DOWNLOAD);

    @Test
    void readsTheTitleCreatorsInOrderAndSourceUrl() {
      assertThat(story.title()).isEqualTo("The Lighthouse Keepers");
      assertThat(story.creators()).containsExactly("wren_writes", "Quillfeather");
      assertThat(story.sourceUrl()).isEqualTo("https://archiveofourown.org/works/1234567");
    }

    @Test
    void readsEveryTagUnderItsAo3Kind() {
      assertThat(story.tags()).containsExactly(
          new AuthorTag(TagKind.RATING, "Mature"),
          new AuthorTag(TagKind.WARNING, "No Archive Warnings Apply"),
          new AuthorTag(TagKind.CATEGORY, "Gen"),
          new AuthorTag(TagKind.CATEGORY, "F/F"),
          new AuthorTag(TagKind.FANDOM, "Original Work"),
          new AuthorTag(TagKind.RELATIONSHIP, "Ada/Bea"),
          new AuthorTag(TagKind.CHARACTER, "Ada"),
          new AuthorTag(TagKind.CHARACTER, "Bea"),
          new AuthorTag(TagKind.FREEFORM, "Found Family"),
          new AuthorTag(TagKind.FREEFORM, "Storms"));
    }

    @Test
    void storesTheLanguageAsABcp47Tag() {
      assertThat(story.language()).isEqualTo("fr");
    }

    @Test
    void readsDatesAndLeavesTheChapterTotalUnknownForAQuestionMark() {
      assertThat(story.published()).isEqualTo(LocalDate.of(2021, 4, 1));
      assertThat(story.updated()).isEqualTo(LocalDate.of(2022, 5, 6));
      assertThat(story.chaptersExpected()).isNull();
    }

    @Test
    void readsEverySeriesWithItsPart() {
      assertThat(story.series()).containsExactly(
          new SeriesPlace("Coastal Tales", 2), new SeriesPlace("Lights", 1));
    }

    @Test
    void readsSummaryNotesAndEndNotesAsHtml() {
      assertThat(story.summary()).isEqualTo("<p>Two keepers watch one light.</p>");
      assertThat(story.notes()).isEqualTo("<p>Written for a friend.</p>");
      assertThat(story.endNotes()).isEqualTo("<p>Comments are welcome.</p>");
    }

    @Test
    void keepsOnlyEachChaptersOwnTitle() {
      assertThat(story.chapters()).extracting(StoryChapter::title)
          .containsExactly("The Lamp", null, "1984. Winter");
    }

    @Test
    void givesEachChapterItsSummaryNotesAndEndNotes() {
      StoryChapter first = story.chapters().getFirst();
      assertThat(first.summary()).isEqualTo("<p>Ada trims the wick.</p>");
      assertThat(first.notes()).isEqualTo("<p>Short and calm.</p>");
      assertThat(first.endNotes()).isEqualTo("<p>Thank you for reading.</p>");
      assertThat(story.chapters().get(1).summary()).isNull();
      assertThat(story.chapters().get(1).notes()).isNull();
      assertThat(story.chapters().get(2).notes()).isNull();
      assertThat(story.chapters().get(2).endNotes()).isEqualTo("<p>More soon.</p>");
    }

    @Test
    void dropsScriptsAndStylesFromChapterText() {
      String body = story.chapters().getFirst().bodyHtml();
      assertThat(body).contains("trimmed the wick").doesNotContain("alert", "color: red");
    }

    @Test
    void countsTheStatedWordsInTheChapterText() {
      int words =
          story.chapters().stream().mapToInt(c -> WordCounter.countHtml(c.bodyHtml())).sum();
      assertThat(words).isEqualTo(42);
    }
  }

  @Nested
  class Detection {

    @Test
    void acceptsAnAo3DownloadWhateverItsName() {
      assertThat(format.accepts(DOWNLOAD, "download")).isTrue();
      assertThat(StoryFormats.detect(DOWNLOAD, "story.txt"))
          .containsInstanceOf(Ao3HtmlFormat.class);
    }

    @Test
    void acceptsAo3sLayoutWithoutThePostedMessage() {
      String html = "<html><body><div id=\"preface\"><dl class=\"tags\"><dt>Rating:</dt>"
          + "<dd>Mature</dd></dl></div><div id=\"chapters\"><div class=\"userstuff\"><p>Text.</p>"
          + "</div></div></body></html>";
      byte[] bytes = html.getBytes(StandardCharsets.UTF_8);

      assertThat(format.accepts(bytes, "x.html")).isTrue();
      assertThat(read(bytes).tags()).containsExactly(new AuthorTag(TagKind.RATING, "Mature"));
    }

    @Test
    void leavesOtherHtmlAndPlainTextAlone() {
      byte[] page =
          "<html><body><p>Archive of Our Own</p></body></html>".getBytes(StandardCharsets.UTF_8);
      byte[] text = "Posted originally on the Archive of Our Own".getBytes(StandardCharsets.UTF_8);

      assertThat(format.accepts(page, "page.html")).isFalse();
      assertThat(format.accepts(text, "notes.txt")).isFalse();
    }

    @Test
    void saysWhyHtmlWithoutAPrefaceIsNoDownload() {
      byte[] page = "<html><body><p>Posted originally on the Archive of Our Own</p></body></html>"
          .getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> format.read(page, "page.html"))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("not an AO3 download");
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "English, en", "Français, fr", "Deutsch, de", "German, de", "Español, es",
    "Русский, ru",
    "'中文-普通话 國語', zh", "日本語, ja", "Italiano, it", "Português, pt",
    "Português brasileiro, pt-BR", "Not A Language, "
  })
  void mapsAo3LanguageNamesToBcp47Tags(String ao3Name, String tag) {
    assertThat(LanguageNames.toTag(ao3Name)).isEqualTo(tag);
  }

  @ParameterizedTest(name = "\"{0}\" as chapter {1} → {2}")
  @CsvSource({
    "'Chapter 2: The Name', 2, The Name",
    "'2. The Name', 2, The Name",
    "'Chapter 2', 2, ",
    "'The Name', 2, The Name",
    "'1984. Winter', 3, 1984. Winter",
    "'Chapter 7: Aside', 3, Chapter 7: Aside"
  })
  void keepsOnlyTheChaptersOwnTitle(String heading, int position, String title) {
    assertThat(Ao3Chapters.ownTitle(heading, position)).isEqualTo(title);
  }

  private StoryDocument read(byte[] bytes) {
    try {
      return format.read(bytes, "download.html");
    } catch (UnreadableFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static byte[] resource(String path) {
    try (InputStream in = Ao3HtmlFormatTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
