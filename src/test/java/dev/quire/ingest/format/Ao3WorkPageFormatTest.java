package dev.quire.ingest.format;

import static dev.quire.ingest.format.Fixtures.read;
import static dev.quire.ingest.format.Fixtures.resource;
import static dev.quire.ingest.format.Fixtures.tagNames;
import static dev.quire.ingest.format.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.story.WorkStats;
import dev.quire.tag.TagKind;
import dev.quire.work.WordCounter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class Ao3WorkPageFormatTest {

  private static final Pattern CHAPTERS = Pattern.compile("(\\d+)/(\\d+|\\?)");

  private final Ao3WorkPageFormat format = new Ao3WorkPageFormat();

  @Nested
  class PageOfAWholeWork {

    private final StoryDocument story =
        read(format, resource("ao3-entire-work.html"), "work.html");

    @Test
    void readsTitleAndEveryCoCreatorInOrder() {
      assertThat(story.title()).isEqualTo("The Almanac");
      assertThat(story.creators()).containsExactly("Wren Calloway", "J. Doe");
    }

    @Test
    void readsEveryTagUnderItsAo3Kind() {
      assertThat(story.tags())
          .containsExactly(
              new AuthorTag(TagKind.RATING, "General Audiences"),
              new AuthorTag(TagKind.WARNING, "No Archive Warnings Apply"),
              new AuthorTag(TagKind.CATEGORY, "Gen"),
              new AuthorTag(TagKind.FANDOM, "Coastal Tales"),
              new AuthorTag(TagKind.CHARACTER, "Maren"),
              new AuthorTag(TagKind.CHARACTER, "Oskar"),
              new AuthorTag(TagKind.FREEFORM, "Weather"));
    }

    @Test
    void readsLanguageSeriesDatesAndChapterCount() {
      assertThat(story.language()).isEqualTo("de");
      assertThat(story.series()).containsExactly(new SeriesPlace("Harbour Stories", 3));
      assertThat(story.published()).isEqualTo(LocalDate.of(2021, 3, 1));
      assertThat(story.updated()).isEqualTo(LocalDate.of(2021, 4, 15));
      assertThat(story.chaptersExpected()).isEqualTo(2);
    }

    @Test
    void readsKudosHitsCommentsAndBookmarks() {
      assertThat(story.stats()).isEqualTo(new WorkStats(12, 1204, 4, 3));
    }

    @Test
    void isTheWholeWorkFromItsCanonicalAddress() {
      String links = new String(resource("ao3-entire-work.html"), StandardCharsets.UTF_8)
          .replace("href=\"/works/424242", "href=\"/works/1");
      StoryDocument relinked = read(format, links.getBytes(StandardCharsets.UTF_8), "work.html");
      assertThat(relinked.sourceUrl()).isEqualTo("https://archiveofourown.org/works/424242");
      assertThat(story.installment()).isNull();
    }

    @Test
    void keepsTheArchiveItsOwnAddressNamesWhenThatIsAnotherOtwArchive() {
      String elsewhere = new String(resource("ao3-entire-work.html"), StandardCharsets.UTF_8)
          .replace("<link rel=\"canonical\" href=\"https://archiveofourown.org/works/424242\">",
              "<meta property=\"og:url\" content=\"https://www.squidgeworld.org/works/424242\">");
      StoryDocument read = read(format, elsewhere.getBytes(StandardCharsets.UTF_8), "work.html");
      assertThat(read.sourceUrl()).isEqualTo("https://squidgeworld.org/works/424242");
    }

    @Test
    void takesTheWorksNotesWithoutThePointerToTheEnd() {
      assertThat(text(story.summary())).isEqualTo("A year of weather.");
      assertThat(text(story.notes())).isEqualTo("Written for a prompt.");
      assertThat(text(story.endNotes())).isEqualTo("Thank you for reading.");
    }

    @Test
    void titlesChaptersWithWhatFollowsAo3sOwnNumbering() {
      assertThat(story.chapters()).extracting(StoryChapter::title).containsExactly("Spring", null);
    }

    @Test
    void keepsChapterSummaryNotesAndEndNotesWithTheirChapter() {
      StoryChapter first = story.chapters().getFirst();
      assertThat(text(first.summary())).isEqualTo("The first storm.");
      assertThat(first.notes()).isNull();
      assertThat(text(first.endNotes())).isEqualTo("Spring is short here.");
      assertThat(text(story.chapters().get(1).notes())).isEqualTo("Summer now.");
      assertThat(story.chapters().get(1).summary()).isNull();
    }

    @Test
    void keepsTheChapterTextWithoutLandmarkHeadingOrScript() {
      Element body = Jsoup.parseBodyFragment(story.chapters().getFirst().bodyHtml()).body();
      assertThat(body.select("p").eachText())
          .containsExactly(
              "The first storm of the year came in sideways.",
              "Maren wrote it down in the almanac.");
      assertThat(body.select("h3, script")).isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> readsEverySavedAo3PageAsItsOwnMarkupStatesIt() {
    return SharedCorpus.files("ao3-pages").stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> golden(file)));
  }

  @Test
  void placesAPageOfOneChapterInItsWork() {
    StoryDocument story = readCorpus("five.html");
    assertThat(story.installment())
        .isEqualTo(new Installment("archiveofourown.org/works/37716514", 5));
    assertThat(story.chaptersExpected()).isNull();
    assertThat(story.chapters()).extracting(StoryChapter::title)
        .containsExactly("Weeping Light, Tested Coward");
    assertThat(story.series())
        .containsExactly(new SeriesPlace("my Naruto Aus (apparently i write those now)", 11));
    assertThat(text(story.endNotes())).startsWith("my tumblr:");
  }

  @Test
  void placesALaterChapterAndKeepsItsEndNotes() {
    StoryDocument story = readCorpus("hogwarts.html");
    assertThat(story.installment()).isEqualTo(new Installment("archiveofourown.org/works/692", 2));
    StoryChapter chapter = story.chapters().getFirst();
    assertThat(chapter.title()).isEqualTo("Hogwarts");
    assertThat(chapter.notes()).as("AO3's pointer to the end notes is no note").isNull();
    assertThat(text(chapter.endNotes())).startsWith("giving up on nanowrimo...");
  }

  @Test
  void creditsCoCreatorsAsTheBylineNamesThem() {
    assertThat(readCorpus("multi.html").creators())
        .containsExactly("adiduck (book_people)", "whimsicalimages");
    assertThat(readCorpus("heart.html").creators()).containsExactly("thedevilchicken");
  }

  @Test
  void findsTheWorkFromItsLinksWhenThePageHasNoAddress() {
    StoryDocument story = readCorpus("alan.html");
    assertThat(story.sourceUrl()).isEqualTo("https://archiveofourown.org/works/5720104");
    assertThat(story.installment()).isNull();
  }

  @Test
  void keepsTheGiftAndTranslationNotesAboveTheWork() {
    assertThat(text(readCorpus("heart.html").notes())).contains("For Artemis1000.");
  }

  @Test
  void leavesASeriesPageAlone() {
    byte[] series = SharedCorpus.bytes(SharedCorpus.file("ao3-pages", "drabbles.html"));
    assertThat(format.accepts(series, "drabbles.html")).isFalse();
    assertThatThrownBy(() -> format.read(series, "drabbles.html"))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("not an AO3 work page");
  }

  @Test
  void leavesOtherPagesAndTextAlone() {
    assertThat(format.accepts(resource("ffn-chapter.html"), "chapter.html")).isFalse();
    assertThat(format.accepts(resource("header-lines.html"), "story.html")).isFalse();
    assertThat(format.accepts("Title: work meta\nworkskin".getBytes(StandardCharsets.UTF_8),
        "story.txt")).isFalse();
  }

  @Test
  void survivesAPageNestedAHundredThousandDeep() {
    byte[] page = DeepHtml.nested(
        "<html><body><dl class=\"work meta group\"><dd class=\"chapters\">1/1</dd></dl>"
            + "<div id=\"workskin\"><div id=\"chapters\"><div class=\"userstuff\">",
        "</div></div></div></body></html>");
    assertThat(format.accepts(page, "deep.html")).isTrue();
    DeepHtml.readsOrRefusesQuickly(format, page, "deep.html");
  }

  /** Compares the import with what the page's own header states, read with the test's selectors. */
  private void golden(Path file) throws UnreadableFileException {
    byte[] bytes = SharedCorpus.bytes(file);
    String name = file.getFileName().toString();
    Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    Element meta = page.selectFirst("dl.work.meta");
    if (meta == null) {
      assertThat(format.accepts(bytes, name)).as("a page without a work header").isFalse();
      return;
    }
    assertThat(format.accepts(bytes, name)).isTrue();
    StoryDocument story = format.read(bytes, name);
    assertThat(story.title()).isEqualTo(page.selectFirst("h2.title").text());
    assertThat(story.creators()).isEqualTo(page.select("h3.byline a[rel=author]").eachText());
    for (TagKind kind : TagKind.values()) {
      assertThat(tagNames(story, kind)).as(kind.label())
          .isEqualTo(meta.select("dd." + kind.key() + ".tags a.tag").eachText());
    }
    assertThat(story.language()).isEqualTo("en");
    Matcher stated = CHAPTERS.matcher(meta.selectFirst("dd.chapters").text());
    assertThat(stated.find()).isTrue();
    assertThat(story.chaptersExpected())
        .isEqualTo(stated.group(2).equals("?") ? null : Integer.valueOf(stated.group(2)));
    List<Element> shown = page.select("#chapters > div.chapter");
    assertThat(story.chapters()).hasSize(Math.max(1, shown.size()));
    if (story.chapters().size() == Integer.parseInt(stated.group(1))) {
      assertThat(story.installment()).isNull();
      int words =
          story.chapters().stream().mapToInt(c -> WordCounter.countHtml(c.bodyHtml())).sum();
      int statedWords = Integer.parseInt(meta.selectFirst("dd.words").text().replace(",", ""));
      assertThat((double) words).isCloseTo(statedWords, within(statedWords * 0.02));
    } else {
      assertThat(story.installment().storyKey()).startsWith("archiveofourown.org/works/");
      assertThat("chapter-" + story.installment().firstChapter()).isEqualTo(shown.getFirst().id());
    }
  }

  private StoryDocument readCorpus(String name) {
    return read(format, SharedCorpus.bytes(SharedCorpus.file("ao3-pages", name)), name);
  }
}
