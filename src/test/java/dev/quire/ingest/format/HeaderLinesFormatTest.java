package dev.quire.ingest.format;

import static dev.quire.ingest.format.Fixtures.read;
import static dev.quire.ingest.format.Fixtures.resource;
import static dev.quire.ingest.format.Fixtures.tagNames;
import static dev.quire.ingest.format.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderLinesFormatTest {

  private final HeaderLinesFormat format = new HeaderLinesFormat();

  @Nested
  class TextFileWithAFullHeader {

    private final StoryDocument story = read(format, resource("header-lines.txt"), "story.txt");

    @Test
    void readsTitleAndEveryCreator() {
      assertThat(story.title()).isEqualTo("The Lighthouse Keeper's Almanac");
      assertThat(story.creators()).containsExactly("Wren Calloway", "J. Doe");
    }

    @Test
    void readsTheRatingByItsFirstWordAndTagListsByCommas() {
      assertThat(tagNames(story, TagKind.RATING)).containsExactly("Teen And Up Audiences");
      assertThat(tagNames(story, TagKind.FANDOM))
          .containsExactly("Coastal Tales", "Harbour Lights");
      assertThat(tagNames(story, TagKind.RELATIONSHIP)).containsExactly("Maren/Oskar");
      assertThat(tagNames(story, TagKind.CHARACTER))
          .containsExactly("Maren", "Oskar", "The Harbourmaster");
      assertThat(tagNames(story, TagKind.CATEGORY)).containsExactly("Gen");
    }

    @Test
    void mapsWarningsToAo3sAndKeepsTheRestAsAdditionalTags() {
      assertThat(tagNames(story, TagKind.WARNING)).containsExactly("No Archive Warnings Apply");
      assertThat(tagNames(story, TagKind.FREEFORM))
          .containsExactly("mild peril", "slice of life", "weather");
    }

    @Test
    void readsLanguageAndSeries() {
      assertThat(story.language()).isEqualTo("en");
      assertThat(story.series()).containsExactly(new SeriesPlace("Harbour Stories", 3));
    }

    @Test
    void runsTheSummaryOnOverItsUnlabelledLines() {
      assertThat(text(story.summary())).isEqualTo(
          "A lighthouse keeper records the weather for a year and learns something about the"
              + " village below.");
    }

    @Test
    void keepsAnUnknownLabelAndTheDisclaimerInTheNotes() {
      assertThat(Jsoup.parseBodyFragment(story.notes()).select("p").eachText())
          .containsExactly(
              "Beta: Tamsin", "Disclaimer: The Coastal Tales characters belong to their creators.");
    }

    @Test
    void readsTheStoryAsPlainTextReadsIt() {
      assertThat(story.chapters())
          .extracting(StoryChapter::title)
          .containsExactly("Chapter 1: Spring", "Chapter 2: Summer");
      assertThat(Jsoup.parseBodyFragment(story.chapters().getFirst().bodyHtml()).select("p"))
          .hasSize(2);
      assertThat(text(story.endNotes())).isEqualTo("Thanks for reading.");
    }
  }

  @Nested
  class HtmlFileWithAHeader {

    private final StoryDocument story =
        read(format, resource("header-lines.html"), "story.html");
    private final Element body =
        Jsoup.parseBodyFragment(story.chapters().getFirst().bodyHtml()).body();

    @Test
    void readsTheHeaderWithEntitiesDecoded() {
      assertThat(story.title()).isEqualTo("Café at the End of the Pier");
      assertThat(story.creators()).containsExactly("Wren Calloway");
      assertThat(story.tags())
          .containsExactly(
              new AuthorTag(TagKind.RATING, "General Audiences"),
              new AuthorTag(TagKind.FANDOM, "Coastal Tales"),
              new AuthorTag(TagKind.RELATIONSHIP, "Maren & Oskar"));
      assertThat(text(story.summary())).isEqualTo("A café owner and a tide table.");
    }

    @Test
    void keepsTheHtmlAfterTheHeaderAsTheOnlyChapter() {
      assertThat(story.chapters()).hasSize(1);
      assertThat(body.select("p").eachText())
          .containsExactly(
              "The café opened at six — “always six,” said Maren.",
              "She wiped the counter & waited for the first ferry.");
      assertThat(body.select("i").text()).isEqualTo("first");
    }

    @Test
    void leavesNoHeaderRuleOrScriptInTheText() {
      assertThat(body.select("hr, script, style, b")).isEmpty();
      assertThat(body.text()).doesNotContain("Title:", "not story text");
    }
  }

  @Test
  void decodesAWindows1252PageByItsDeclaredCharset() throws UnreadableFileException {
    byte[] page =
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
                + " charset=windows-1252\"></head><body><p>Title: Caf\u00e9 Days<br>Rating: G</p>"
                + "<p>The caf\u00e9 \u2014 with its \u201cgood\u201d coffee.</p></body></html>")
            .getBytes(Charset.forName("windows-1252"));
    StoryDocument story = format.read(page, "cafe.html");
    assertThat(story.title()).isEqualTo("Café Days");
    assertThat(text(story.chapters().getFirst().bodyHtml()))
        .isEqualTo("The café — with its “good” coffee.");
  }

  @TestFactory
  Stream<DynamicTest> readsOddPagesCleanlyOrLeavesThemToOtherFormats() {
    return SharedCorpus.files("encoding").stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> oddPage(file)));
  }

  private void oddPage(Path file) throws UnreadableFileException {
    byte[] bytes = SharedCorpus.bytes(file);
    String name = file.getFileName().toString();
    if (!format.accepts(bytes, name)) {
      assertThatThrownBy(() -> format.read(bytes, name))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageStartingWith("no header lines");
      return;
    }
    StoryDocument story = format.read(bytes, name);
    String body = story.chapters().getFirst().bodyHtml();
    assertThat(body).doesNotContain("<script", "document.write", "&#151;", "\uFFFD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt"})
  void leavesTheSeedsToPlainText(String seed) throws IOException {
    try (InputStream in = HeaderLinesFormatTest.class.getResourceAsStream("/seeds/" + seed)) {
      byte[] bytes = in.readAllBytes();
      assertThat(format.accepts(bytes, seed)).isFalse();
      assertThat(StoryFormats.detect(bytes, seed)).map(StoryFormat::name).contains("plain-text");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A/N Sorry it took so long\nRating: G\n\nPart 2\n\nStory.",
        "By: Someone\nDisclaimer: not mine\n\nStory.",
        "Title: Only a title\n\nStory.",
        "Author: Someone\nSummary: a summary\n\nStory.",
        "The first line is prose.\nTitle: Late\nRating: G\n\nStory."
      })
  void takesOnlyAHeaderWithTwoLabelsIncludingTitleRatingOrFandom(String text) {
    assertThat(format.accepts(text.getBytes(StandardCharsets.UTF_8), "story.txt")).isFalse();
  }

  @Test
  void readsASeriesWrittenPartFirstAndAnUnknownWarningAsATag() throws UnreadableFileException {
    StoryDocument story = readText(
        "fandom: Coastal Tales\nSERIES: Part 2 of the Harbour Stories series\n"
            + "Warning(s): Major Character Death, spiders\n\nStory.");
    assertThat(story.series()).containsExactly(new SeriesPlace("Harbour Stories", 2));
    assertThat(tagNames(story, TagKind.WARNING)).containsExactly("Major Character Death");
    assertThat(tagNames(story, TagKind.FREEFORM)).containsExactly("spiders");
  }

  @Test
  void endsTheHeaderAtTheFirstUnlabelledLineAfterABlankLine() throws UnreadableFileException {
    StoryDocument story = readText("Title: Tides\nRating: G\n\nOskar: Is it low water yet?\n");
    assertThat(story.notes()).isNull();
    assertThat(text(story.chapters().getFirst().bodyHtml()))
        .isEqualTo("Oskar: Is it low water yet?");
  }

  @Test
  void failsWithAReasonWhenOnlyTheHeaderIsThere() {
    assertThatThrownBy(() -> readText("Title: Tides\nRating: G\n"))
        .isInstanceOf(UnreadableFileException.class);
    byte[] page = "<html><body><p>Title: Tides<br>Rating: G</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> format.read(page, "tides.html"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("no story text after the header lines");
  }

  @Test
  void survivesAPageNestedAHundredThousandDeep() {
    byte[] page = DeepHtml.nested(
        "<html><body><p>Title: Deep<br>Rating: G</p>", "</body></html>");
    assertThat(format.accepts(page, "deep.html")).isTrue();
    DeepHtml.readsOrRefusesQuickly(format, page, "deep.html");
  }

  private StoryDocument readText(String text) throws UnreadableFileException {
    return format.read(text.getBytes(StandardCharsets.UTF_8), "story.txt");
  }
}
