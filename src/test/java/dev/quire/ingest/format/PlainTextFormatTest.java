package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextFormatTest {

  // The signature of every PNG file, then the first chunk's length: 00 00 00 0D.
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D
  };
  // A valid "é" (C3 A9) at bytes 3-4, so the file claims UTF-8, then a sequence cut short at 6.
  private static final byte[] BROKEN_UTF8 = {
    'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xE2, (byte) 0x82
  };

  private final PlainTextFormat format = new PlainTextFormat();

  @Nested
  class SeedWithAnAuthorsNoteAndLyrics {

    // The file has 50 non-blank lines: the A/N line, the "Part 2" heading, six lyric lines in two
    // epigraphs and 42 story paragraphs.
    private final StoryDocument story = readSeed("000_6d3892887376a1a9.txt");
    private final Element body = body(story.chapters().getFirst());

    @Test
    void statesNoTitleOrCreator() {
      assertThat(story.title()).isNull();
      assertThat(story.creators()).isEmpty();
    }

    @Test
    void takesTheAuthorsNoteWithoutItsMarker() {
      assertThat(text(story.notes())).startsWith("Sorry it took me so long");
      assertThat(story.endNotes()).isNull();
    }

    @Test
    void readsOneChapterTitledAsItsHeading() {
      assertThat(story.chapters()).extracting(StoryChapter::title).containsExactly("Part 2");
    }

    @Test
    void keepsBothLyricEpigraphsAsVerse() {
      assertThat(body.select("blockquote.verse"))
          .extracting(PlainTextFormatTest::verseLines)
          .containsExactly(
              List.of(
                  "'There's nothing believable in being honest,",
                  "So cover your lies up with another promise…'"),
              List.of(
                  "'Some say love is not for sinners,",
                  "I believe that isn't true,",
                  "because when I was finished sinning,",
                  "love came down and showed me you…'"));
    }

    @Test
    void opensTheChapterWithTheFirstEpigraph() {
      assertThat(body.child(0).is("blockquote.verse")).isTrue();
    }

    @Test
    void keepsEveryStoryParagraph() {
      assertThat(body.select("> p")).hasSize(42);
      assertThat(body.children()).hasSize(44);
    }

    @Test
    void keepsAShortDialogueLineBetweenLongParagraphsAsProse() {
      assertThat(body.select("> p")).extracting(Element::text).contains("'I've done that…?'");
    }

    @Test
    void leavesTheAuthorsNoteOutOfTheChapter() {
      assertThat(body.text()).doesNotContain("A/N").doesNotContain("Sorry it took me so long");
    }
  }

  @Nested
  class SeedWithABylineAndADisclaimer {

    private final StoryDocument story = readSeed("001_b7773ee8eb1fcad9.txt");
    private final Element body = body(story.chapters().getFirst());

    @Test
    void creditsTheCreatorFromTheByline() {
      assertThat(story.creators()).containsExactly("Maggie");
      assertThat(story.title()).isNull();
    }

    @Test
    void keepsTheDisclaimerInTheNotesWithItsLabel() {
      assertThat(text(story.notes())).startsWith("Disclaimer:").contains("I do not own Smallville");
    }

    @Test
    void readsOneUntitledChapter() {
      assertThat(story.chapters()).extracting(StoryChapter::title).containsExactly((String) null);
    }

    @Test
    void leavesTheFrontMatterOutOfTheChapter() {
      assertThat(story.chapters().getFirst().bodyHtml()).doesNotContain("BY : Maggie");
      assertThat(body.text()).doesNotContain("Disclaimer");
    }

    @Test
    void keepsShortDialogueExchangesAsProse() {
      // Two short quoted lines follow each other here; each is a closed line of dialogue.
      assertThat(body.select("blockquote")).isEmpty();
      assertThat(body.select("> p")).hasSize(20);
    }
  }

  @Test
  void startsAChapterAtEachHeadingInFileOrder() throws UnreadableFileException {
    String text =
        """
        Chapter One

        The kettle had been singing for a while.

        Chapter Two

        By morning the rain had stopped.
        """;

    StoryDocument story = read(text);

    assertThat(story.chapters())
        .extracting(StoryChapter::title)
        .containsExactly("Chapter One", "Chapter Two");
    assertThat(text(story.chapters().get(0).bodyHtml()))
        .isEqualTo("The kettle had been singing for a while.");
    assertThat(text(story.chapters().get(1).bodyHtml()))
        .isEqualTo("By morning the rain had stopped.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Part 2", "Chapter 3", "Chapter One", "CHAPTER TWENTY", "Chapter 12: The Name",
        "Part II", "chapter xiv", "Prologue", "Epilogue", "Ch. 4"
      })
  void recognisesHeadingsWrittenManyWays(String heading) throws UnreadableFileException {
    StoryDocument story = read("The garden was quiet.\n\n" + heading + "\n\nThe gate creaked.\n");

    assertThat(story.chapters()).extracting(StoryChapter::title).containsExactly(null, heading);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Part of him wanted to stay.", "Chapter and verse.", "Partly cloudy."})
  void doesNotTakeProseForAHeading(String line) throws UnreadableFileException {
    StoryDocument story = read("The garden was quiet.\n\n" + line + "\n\nThe gate creaked.\n");

    assertThat(story.chapters()).hasSize(1);
    assertThat(body(story.chapters().getFirst()).select("p")).hasSize(3);
  }

  @Test
  void startsAChapterAtAHeadingWithNoBlankLineAfterIt() throws UnreadableFileException {
    StoryDocument story = read("Prologue\nThe gate creaked.\nChapter 1\nThe path was long.\n");

    assertThat(story.chapters())
        .extracting(StoryChapter::title)
        .containsExactly("Prologue", "Chapter 1");
  }

  @Test
  void readsTheFrontMatterInAnyOrder() throws UnreadableFileException {
    String text =
        """
        Disclaimer: The characters are not mine.
        Title: A Quiet Garden
        Author: Ann and Bea
        Summary: Two friends tend a garden.
        A/N: Written for a spring challenge.

        The garden was quiet.
        """;

    StoryDocument story = read(text);

    assertThat(story.title()).isEqualTo("A Quiet Garden");
    assertThat(story.creators()).containsExactly("Ann", "Bea");
    assertThat(text(story.summary())).isEqualTo("Two friends tend a garden.");
    assertThat(paragraphs(story.notes()))
        .containsExactly(
            "Written for a spring challenge.", "Disclaimer: The characters are not mine.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A/N Thanks for waiting.",
        "A/N: Thanks for waiting.",
        "a/n - Thanks for waiting.",
        "AN: Thanks for waiting.",
        "Author's note: Thanks for waiting.",
        "Authors Note - Thanks for waiting.",
        "Note: Thanks for waiting."
      })
  void dropsTheLabelOfAnAuthorsNote(String note) throws UnreadableFileException {
    StoryDocument story = read(note + "\n\nThe garden was quiet.\n");

    assertThat(paragraphs(story.notes())).containsExactly("Thanks for waiting.");
    assertThat(paragraphs(story.chapters().getFirst().bodyHtml()))
        .containsExactly("The garden was quiet.");
  }

  @Test
  void takesTheLineAboveABareBylineAsTheTitle() throws UnreadableFileException {
    StoryDocument story = read("A Quiet Garden\nby Ann & Bea\n\nThe garden was quiet.\n");

    assertThat(story.title()).isEqualTo("A Quiet Garden");
    assertThat(story.creators()).containsExactly("Ann", "Bea");
    assertThat(text(story.chapters().getFirst().bodyHtml())).isEqualTo("The garden was quiet.");
  }

  @Test
  void doesNotTakeAProsePhraseForAByline() throws UnreadableFileException {
    // given prose wrapped by an editor whose last line happens to start with "by"
    String text =
        """
        She had walked for an hour through the fields and along the lanes
        by the river

        The garden was quiet.
        """;

    StoryDocument story = read(text);

    assertThat(story.creators()).isEmpty();
    assertThat(story.title()).isNull();
    assertThat(paragraphs(story.chapters().getFirst().bodyHtml()))
        .containsExactly(
            "She had walked for an hour through the fields and along the lanes by the river",
            "The garden was quiet.");
  }

  @Test
  void continuesAnAuthorsNoteOverTheLinesOfItsParagraph() throws UnreadableFileException {
    StoryDocument story = read("A/N:\nThanks to my beta\nfor her patience.\n\nThe gate creaked.\n");

    assertThat(paragraphs(story.notes())).containsExactly("Thanks to my beta for her patience.");
  }

  @Test
  void keepsNotesAroundChaptersWithTheirChapters() throws UnreadableFileException {
    String text =
        """
        Chapter One

        A/N: This one is short.

        The gate creaked.

        A/N: More soon.

        Chapter Two

        The path was long.

        Author's note: Thank you for reading.
        """;

    StoryDocument story = read(text);

    StoryChapter first = story.chapters().get(0);
    assertThat(text(first.notes())).isEqualTo("This one is short.");
    assertThat(text(first.endNotes())).isEqualTo("More soon.");
    assertThat(text(first.bodyHtml())).isEqualTo("The gate creaked.");
    assertThat(story.chapters().get(1).endNotes()).isNull();
    assertThat(text(story.endNotes())).isEqualTo("Thank you for reading.");
  }

  @Test
  void joinsTheLinesOfAParagraphWrappedByAnEditor() throws UnreadableFileException {
    String text =
        """
        The garden had been quiet for most of the afternoon, and the
        kettle in the kitchen had long since stopped singing when the
        gate finally creaked open and two figures came up the path
        """;

    StoryDocument story = read(text);

    assertThat(paragraphs(story.chapters().getFirst().bodyHtml()))
        .containsExactly(
            "The garden had been quiet for most of the afternoon, and the kettle in the kitchen"
                + " had long since stopped singing when the gate finally creaked open and two"
                + " figures came up the path");
  }

  @Test
  void keepsTheLinesOfAPoemTypedAsOneParagraph() throws UnreadableFileException {
    String text =
        """
        She hummed the old rhyme as she worked in the garden, slowly and under her breath.

        Roses are red,
        violets are blue,
        the garden is quiet
        and so are you.

        Then she laughed at herself and went inside.
        """;

    Element body = body(read(text).chapters().getFirst());

    assertThat(body.select("blockquote.verse"))
        .extracting(PlainTextFormatTest::verseLines)
        .containsExactly(
            List.of(
                "Roses are red,", "violets are blue,", "the garden is quiet", "and so are you."));
    assertThat(body.select("> p")).hasSize(2);
  }

  @Test
  void keepsARunOfShortDialogueAsProse() throws UnreadableFileException {
    String text =
        """
        "Where were you?"

        "Out."

        "Out where?" she asked, and waited.
        """;

    Element body = body(read(text).chapters().getFirst());

    assertThat(body.select("blockquote")).isEmpty();
    assertThat(body.select("> p")).hasSize(3);
  }

  @Test
  void decodesWindows1252Text() throws UnreadableFileException {
    // given curly quotes (0x93, 0x94) and "é" (0xE9) as an old Windows editor saved them
    byte[] bytes =
        "Title: Caf\u00e9 Days\n\nShe said \u201chello\u201d at the caf\u00e9.\n"
            .getBytes(Charset.forName("windows-1252"));

    StoryDocument story = format.read(bytes, "cafe.txt");

    assertThat(story.title()).isEqualTo("Café Days");
    assertThat(text(story.chapters().getFirst().bodyHtml()))
        .isEqualTo("She said \u201chello\u201d at the café.");
  }

  @Test
  void escapesMarkupInTheTextNeverMakingElements() throws UnreadableFileException {
    StoryDocument story =
        read("Title: <b>Bold</b>\n\nShe typed <script>alert(1)</script> & sent it.\n");

    String html = story.chapters().getFirst().bodyHtml();
    assertThat(html)
        .isEqualTo("<p>She typed &lt;script&gt;alert(1)&lt;/script&gt; &amp; sent it.</p>");
    assertThat(Jsoup.parseBodyFragment(html).select("script")).isEmpty();
    assertThat(story.title()).isEqualTo("<b>Bold</b>");
  }

  @Test
  void dropsControlCharactersAndKeepsAPageBreakAsAParagraphBreak() throws UnreadableFileException {
    StoryDocument story = read("The gate creaked.\fThe path was long.\n\u001A");

    assertThat(paragraphs(story.chapters().getFirst().bodyHtml()))
        .containsExactly("The gate creaked.", "The path was long.");
  }

  @Test
  void failsWhenOnlyFrontMatterRemains() {
    byte[] bytes =
        "BY : Someone\nDisclaimer: Nothing here is mine.\n\nA/N: Story to follow.\n"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> format.read(bytes, "notes.txt"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage("no story text found");
  }

  @Test
  void acceptsTextFilesByName() {
    byte[] text = "The gate creaked.\n".getBytes(StandardCharsets.UTF_8);

    assertThat(format.name()).isEqualTo("plain-text");
    assertThat(format.accepts(text, "story.txt")).isTrue();
    assertThat(format.accepts(text, "STORY.TXT")).isTrue();
    assertThat(format.accepts(text, "story")).isTrue();
    assertThat(format.accepts(text, "story.html")).isFalse();
  }

  @Test
  void acceptsABinaryTxtFileSoThatReadingCanSayWhy() {
    assertThat(format.accepts(PNG, "picture.txt")).isTrue();
    assertThatThrownBy(() -> format.read(PNG, "picture.txt"))
        .hasMessage("binary content, not text (NUL byte at offset 8)");
  }

  @Test
  void acceptsAFileWithoutExtensionOnlyWhenItLooksLikeText() {
    assertThat(format.accepts(PNG, "picture")).isFalse();
  }

  @Test
  void leavesHtmlDocumentsToTheHtmlFormatsWhateverTheirName() {
    byte[] html =
        "\uFEFF\n<!DOCTYPE html><html><body><p>Hi</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(format.accepts(html, "download.txt")).isFalse();
    assertThat(format.accepts(html, "download")).isFalse();
  }

  @Test
  void acceptsTextInABrokenEncodingSoThatReadingCanSayWhy() {
    assertThat(format.accepts(BROKEN_UTF8, "broken.txt")).isTrue();
    assertThatThrownBy(() -> format.read(BROKEN_UTF8, "broken.txt"))
        .hasMessage("invalid UTF-8 at byte 6");
  }

  private StoryDocument read(String text) throws UnreadableFileException {
    return format.read(text.getBytes(StandardCharsets.UTF_8), "story.txt");
  }

  private StoryDocument readSeed(String name) {
    try (InputStream in = PlainTextFormatTest.class.getResourceAsStream("/seeds/" + name)) {
      assertThat(in).as(name).isNotNull();
      return format.read(in.readAllBytes(), name);
    } catch (IOException | UnreadableFileException e) {
      throw new AssertionError("cannot read seed " + name, e);
    }
  }

  private static Element body(StoryChapter chapter) {
    return Jsoup.parseBodyFragment(chapter.bodyHtml()).body();
  }

  private static String text(String html) {
    assertThat(html).isNotNull();
    return Jsoup.parseBodyFragment(html).body().text();
  }

  private static List<String> paragraphs(String html) {
    assertThat(html).isNotNull();
    return Jsoup.parseBodyFragment(html).select("p").eachText();
  }

  private static List<String> verseLines(Element verse) {
    return verse.select("p").first().textNodes().stream().map(node -> node.text().strip()).toList();
  }
}
