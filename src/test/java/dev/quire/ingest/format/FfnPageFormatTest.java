package dev.quire.ingest.format;

import static dev.quire.ingest.format.Fixtures.read;
import static dev.quire.ingest.format.Fixtures.resource;
import static dev.quire.ingest.format.Fixtures.tagNames;
import static dev.quire.ingest.format.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FfnPageFormatTest {

  private final FfnPageFormat format = new FfnPageFormat();

  @Nested
  class ChapterOfACrossover {

    private final StoryDocument story =
        read(format, resource("ffn-chapter.html"), "chapter.html");
    private final StoryChapter chapter = story.chapters().getFirst();

    @Test
    void readsTitleAuthorAndSummaryFromTheStoryHeader() {
      assertThat(story.title()).isEqualTo("The Tide Tables");
      assertThat(story.creators()).containsExactly("Wren Calloway");
      assertThat(text(story.summary()))
          .isEqualTo("Maren keeps the tide tables; Oskar keeps forgetting them.");
    }

    @Test
    void readsBracketsAsAPairingAndEveryNameAsACharacter() {
      assertThat(tagNames(story, TagKind.RELATIONSHIP)).containsExactly("Maren/Oskar");
      assertThat(tagNames(story, TagKind.CHARACTER))
          .containsExactly("Maren", "Oskar", "The Harbourmaster");
    }

    @Test
    void readsGenresAsAdditionalTagsKeepingHurtComfortWhole() {
      assertThat(tagNames(story, TagKind.FREEFORM)).containsExactly("Hurt/Comfort", "Friendship");
    }

    @Test
    void readsBothFandomsOfACrossoverAndMapsTheRating() {
      assertThat(tagNames(story, TagKind.FANDOM))
          .containsExactly("Coastal Tales", "Harbour Lights");
      assertThat(tagNames(story, TagKind.RATING)).containsExactly("Teen And Up Audiences");
      assertThat(story.language()).isEqualTo("en");
    }

    @Test
    void takesDatesFromTimestampsWhenTheTextLeavesOutTheYear() {
      assertThat(story.updated()).isEqualTo(LocalDate.of(2010, 7, 4));
      assertThat(story.published()).isEqualTo(LocalDate.of(2009, 1, 4));
    }

    @Test
    void expectsNoChapterCountWhileTheStoryIsInProgress() {
      assertThat(story.chaptersExpected()).isNull();
    }

    @Test
    void placesTheChapterInItsStory() {
      assertThat(story.installment()).isEqualTo(new Installment("fanfiction.net/s/1234567", 3));
      assertThat(story.sourceUrl()).isEqualTo("https://www.fanfiction.net/s/1234567/3/");
      assertThat(chapter.title()).isEqualTo("Low Water");
    }

    @Test
    void movesLabelledParagraphsAroundTheTextToTheChaptersNotes() {
      assertThat(Jsoup.parseBodyFragment(chapter.notes()).select("p").eachText())
          .containsExactly(
              "A/N: Thank you for the kind reviews.",
              "Disclaimer: Coastal Tales belongs to its creators.");
      assertThat(text(chapter.endNotes())).isEqualTo("a/n: The next chapter is the longest.");
    }

    @Test
    void dropsTheHeadingThatRepeatsTheChapterAndAnyScript() {
      assertThat(Jsoup.parseBodyFragment(chapter.bodyHtml()).select("p").eachText())
          .containsExactly(
              "The water went out further than anyone could remember.",
              "Maren walked the sand where the boats had been.");
      assertThat(chapter.bodyHtml()).doesNotContain("script");
    }
  }

  /** What a saved page states, read from it by hand. */
  record Page(
      String file, String title, String author, String rating, String fandom,
      List<String> characters, List<String> genres, int chapter, String chapterTitle,
      Integer chaptersExpected, LocalDate published, LocalDate updated, String storyId) {

    @Override
    public String toString() {
      return file;
    }
  }

  /** The five pages span FFN's layouts of 2009, 2012 and later. */
  static Stream<Page> savedPages() {
    List<String> harryAndDraco = List.of("Harry P.", "Draco M.");
    List<String> dramaAngst = List.of("Drama", "Angst");
    return Stream.of(
        new Page("78.html", "Child of Four", "sarini", "Mature", "Harry Potter", harryAndDraco,
            dramaAngst, 78, null, null, LocalDate.of(2006, 2, 8), LocalDate.of(2012, 11, 6),
            "2790804"),
        new Page("counting.html", "Counting", "ambtus", "Teen And Up Audiences", "Harry Potter",
            List.of("Harry P."), List.of("Angst", "Romance"), 1, "Skipping Stones", 2,
            LocalDate.of(2010, 3, 29), null, "5853866"),
        new Page("first.html", "Child of Four", "sarini", "Mature", "Harry Potter", harryAndDraco,
            dramaAngst, 3, null, null, LocalDate.of(2006, 2, 8), LocalDate.of(2009, 12, 14),
            "2790804"),
        new Page("ibiki.html", "Ibiki's Apprentice", "May Wren", "General Audiences", "Naruto",
            List.of("Naruto U.", "Ibiki M."), List.of(), 1, null, 1, LocalDate.of(2011, 2, 27),
            null, "6783401"),
        new Page("intro.html", "Child of Four", "sarini", "Mature", "Harry Potter", harryAndDraco,
            dramaAngst, 1, null, null, LocalDate.of(2006, 2, 8), LocalDate.of(2009, 9, 20),
            "2790804"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("savedPages")
  void readsEverySavedFfnPageAsItStatesIt(Page page) {
    StoryDocument story = readCorpus(page.file());
    assertThat(story.title()).isEqualTo(page.title());
    assertThat(story.creators()).containsExactly(page.author());
    assertThat(tagNames(story, TagKind.RATING)).containsExactly(page.rating());
    assertThat(tagNames(story, TagKind.FANDOM)).containsExactly(page.fandom());
    assertThat(tagNames(story, TagKind.CHARACTER)).isEqualTo(page.characters());
    assertThat(tagNames(story, TagKind.RELATIONSHIP)).isEmpty();
    assertThat(tagNames(story, TagKind.FREEFORM)).isEqualTo(page.genres());
    assertThat(story.language()).isEqualTo("en");
    assertThat(story.chaptersExpected()).isEqualTo(page.chaptersExpected());
    assertThat(story.published()).isEqualTo(page.published());
    assertThat(story.updated()).isEqualTo(page.updated());
    assertThat(story.installment())
        .isEqualTo(new Installment("fanfiction.net/s/" + page.storyId(), page.chapter()));
    assertThat(story.sourceUrl()).isEqualTo(
        "https://www.fanfiction.net/s/" + page.storyId() + "/" + page.chapter() + "/");
    assertThat(story.chapters()).singleElement()
        .extracting(StoryChapter::title).isEqualTo(page.chapterTitle());
  }

  @Test
  void takesTheDisclaimerAndAuthorsNoteOpeningAChapterAsItsNotes() {
    StoryChapter chapter = readCorpus("intro.html").chapters().getFirst();
    assertThat(Jsoup.parseBodyFragment(chapter.notes()).select("p").eachText())
        .hasSize(2)
        .satisfiesExactly(
            disclaimer -> assertThat(disclaimer).startsWith("Disclaimer: The world of"),
            note -> assertThat(note).startsWith("Author's Note: This story takes place"));
    assertThat(chapter.endNotes()).isNull();
  }

  @Test
  void dropsTheChapterOneLineThatRepeatsTheChaptersHeading() {
    String body = readCorpus("intro.html").chapters().getFirst().bodyHtml();
    assertThat(Jsoup.parseBodyFragment(body).select("p").first().text())
        .startsWith("As of August 28, 2008");
  }

  @Test
  void keepsAHeadingInsideTheTextWhenItDoesNotOpenIt() {
    String body = readCorpus("first.html").chapters().getFirst().bodyHtml();
    assertThat(Jsoup.parseBodyFragment(body).select("p").eachText())
        .contains("Chapter Three", "First Year");
  }

  @Test
  void leavesDatesWithoutAYearOrRelativeToTheSavingDayUnknown() {
    FfnInfoLine line = FfnInfoLine.parse(
        "Rated: Fiction MA - Deutsch - Humor - Chapters: 4 - Updated: 5h ago - Published: 7/4"
            + " - Status: Complete - id: 42");
    assertThat(line.updated()).isNull();
    assertThat(line.published()).isNull();
    assertThat(line.rating()).isEqualTo("MA");
    assertThat(line.language()).isEqualTo("Deutsch");
    assertThat(line.genres()).containsExactly("Humor");
    assertThat(line.chapters()).isEqualTo(4);
    assertThat(line.complete()).isTrue();
    assertThat(line.storyId()).isEqualTo("42");
  }

  @Nested
  class PageFromBefore2012 {

    private final StoryDocument story =
        read(format, resource("ffn-chapter-2008.html"), "chapter.html");

    @Test
    void readsTheLineThatRunsOnAfterTheRatingLink() {
      assertThat(story.title()).isEqualTo("The Lighthouse Keeper");
      assertThat(story.creators()).containsExactly("Quill and Tide");
      assertThat(tagNames(story, TagKind.RATING)).containsExactly("General Audiences");
      assertThat(tagNames(story, TagKind.CHARACTER)).containsExactly("Harry P.", "Hermione G.");
      assertThat(tagNames(story, TagKind.FREEFORM)).containsExactly("Drama", "Friendship");
      assertThat(story.language()).isEqualTo("en");
      assertThat(story.published()).isEqualTo(LocalDate.of(2002, 2, 8));
      assertThat(story.updated()).isEqualTo(LocalDate.of(2006, 11, 5));
    }

    @Test
    void readsABareCompleteAsTheStatusNotAsACharacter() {
      assertThat(tagNames(story, TagKind.CHARACTER)).doesNotContain("Complete");
      assertThat(story.chaptersExpected()).isEqualTo(2);
    }

    @Test
    void placesTheChapterInItsStoryFromTheIdAfterTheRatingLink() {
      assertThat(story.installment()).isEqualTo(new Installment("fanfiction.net/s/662406", 2));
      assertThat(story.chapters().getFirst().title()).isEqualTo("Fog");
      assertThat(story.sourceUrl()).isEqualTo("https://www.fanfiction.net/s/662406/2/");
    }

    @Test
    void findsTheStoryIdInItsLinksWhenTheLineGivesNone() {
      byte[] withoutId = new String(resource("ffn-chapter-2008.html"), StandardCharsets.UTF_8)
          .replace(" - id:662406", "").getBytes(StandardCharsets.UTF_8);

      StoryDocument read = read(format, withoutId, "chapter.html");

      assertThat(read.installment()).isEqualTo(new Installment("fanfiction.net/s/662406", 2));
    }
  }

  @Test
  void readsTheOldInfoLineEndingCompleteAndId() {
    FfnInfoLine line = FfnInfoLine.parse(
        "Rated: T - English - Romance - Ron W. - Chapters: 3 - Words: 9,100 - Published: 05-14-06"
            + " - Complete - id:2652996");
    assertThat(line.complete()).isTrue();
    assertThat(line.characters()).containsExactly("Ron W.");
    assertThat(line.chapters()).isEqualTo(3);
    assertThat(line.storyId()).isEqualTo("2652996");
  }

  @Test
  void leavesOtherPagesAlone() {
    assertThat(format.accepts(resource("ao3-entire-work.html"), "work.html")).isFalse();
    assertThat(format.accepts(resource("header-lines.html"), "story.html")).isFalse();
    assertThat(format.accepts(
        "A story about fanfiction and storytext.".getBytes(StandardCharsets.UTF_8), "story.txt"))
        .isFalse();
  }

  @Test
  void refusesAPageWithoutAStoryIdWithAReason() {
    byte[] page =
        "<html><body><p>fanfiction</p><div id=\"storytext\"><p>Text.</p></div></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> format.read(page, "page.html"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageContaining("no story id");
  }

  @Test
  void survivesAPageNestedAHundredThousandDeep() {
    byte[] page = DeepHtml.nested(
        "<html><body><div id=\"profile_top\"><b>Deep</b> <a href=\"/u/1/x\">x</a>"
            + "<span class=\"xgray\">Rated: Fiction K - English - id: 99</span></div>"
            + "<p>fanfiction</p><div id=\"storytext\">",
        "</div></body></html>");
    assertThat(format.accepts(page, "deep.html")).isTrue();
    DeepHtml.readsOrRefusesQuickly(format, page, "deep.html");
  }

  private StoryDocument readCorpus(String name) {
    return read(format, SharedCorpus.bytes(SharedCorpus.file("ffn-pages", name)), name);
  }
}
