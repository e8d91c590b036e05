package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.search.TestWorks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.story.WorkStats;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.WorkSummary.Byline;
import dev.quire.work.web.OtwAdapter.Parts;
import dev.quire.work.web.OtwAdapter.Story;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * FanFicFare downloads from the archive with every field: its OTW adapter ({@link OtwAdapter},
 * which names the adapter's version) reads a one-chapter work, a 22-chapter work and a work in a
 * series over HTTP, and each field comes out as the archive holds it.
 */
class FanFicFareContractTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  OtwAdapter fanFicFare;
  String site;
  String marker;

  @BeforeEach
  void pointFanFicFareAtTheArchive() {
    site = "http://localhost:" + port;
    fanFicFare = new OtwAdapter(site);
    marker = TestWorks.marker();
  }

  @Test
  void readsEveryFieldOfAOneChapterWork() {
    WorkDetails work = oneChapterWork();

    Story story = fanFicFare.download(site + "/works/" + work.id(), true);

    Map<String, List<String>> m = story.metadata();
    assertThat(story.get("title")).isEqualTo("The Lamp at Quay End " + marker);
    assertThat(m.get("author")).containsExactly("Zoë Ångström " + marker, "北風");
    List<Byline> bylines = work.summary().bylines();
    assertThat(m.get("authorUrl")).containsExactly(site + bylines.get(0).pseudPath(), site + bylines.get(1).pseudPath());
    assertThat(m.get("authorId")).hasSize(2).doesNotContain("0");
    assertThat(bylines).extracting(Byline::userName).allMatch(name -> name.matches("[A-Za-z0-9_]+"));
    assertThat(story.get("byline")).isEqualTo("Zoë Ångström " + marker + ",北風");
    assertThat(story.get("description")).isEqualTo("A keeper writes letters to the harbour.");
    assertThat(story.get("rating")).isEqualTo("Explicit");
    assertThat(story.get("language")).isEqualTo("German");
    assertThat(m.get("warnings")).containsExactly("No Archive Warnings Apply");
    assertThat(m.get("ao3categories")).containsExactly("F/F");
    assertThat(m.get("fandoms")).containsExactlyInAnyOrder("Original Work", "Harbour Tales " + marker);
    assertThat(m.get("ships")).containsExactly("Ada/Bea");
    assertThat(m.get("characters")).containsExactly("Ada", "Bea");
    assertThat(m.get("freeformtags")).containsExactlyInAnyOrder("Found Family", "Lighthouses");
    assertThat(story.get("numWords")).isEqualTo("%,d".formatted(work.summary().words()));
    assertThat(story.get("comments")).isEqualTo("3");
    assertThat(story.get("kudos")).isEqualTo("12");
    assertThat(story.get("bookmarks")).isEqualTo("4");
    assertThat(story.get("hits")).isEqualTo("3,456");
    assertThat(story.get("chapterslashtotal")).isEqualTo("1/1");
    assertThat(story.get("status")).isEqualTo("Completed");
    assertThat(story.get("datePublished")).isEqualTo("2024-03-05");
    assertThat(story.get("dateUpdated")).isEqualTo("2024-03-09");
    assertThat(story.get("series")).isNull();

    assertThat(story.chapters()).singleElement().satisfies(chapter -> {
      assertThat(chapter.title()).isEqualTo("The Lamp at Quay End " + marker);
      assertThat(chapter.url()).isEqualTo(site + "/works/" + work.id() + "/chapters/" + work.chapters().getFirst().id());
      assertThat(chapter.parts()).isEqualTo(new Parts(
          "Work notes: for a friend who likes the sea.", "Chapter summary: the first letter.",
          "Chapter notes: written by lamplight.", "Liebe Bea, the lamp was lit at dusk. (letter 1)",
          "Chapter end notes: more letters soon.", "Work end notes: thank you for reading."));
    });
  }

  @Test
  void readsEveryChapterOfATwentyTwoChapterWorkFromTheEntireWorkWithItsDate() {
    WorkDetails work = longWork();

    Story story = fanFicFare.download(site + "/works/" + work.id(), false);

    assertThat(story.readWholeWork()).as("the entire work has as many chapters as the index").isTrue();
    assertThat(story.get("title")).isEqualTo("A Year of Tides " + marker);
    assertThat(story.metadata().get("author")).containsExactly("Maren Holt " + marker);
    assertThat(story.get("numChapters")).isEqualTo("22");
    assertThat(story.get("chapterslashtotal")).isEqualTo("22/30");
    assertThat(story.get("status")).isEqualTo("In-Progress");
    assertThat(story.get("datePublished")).isEqualTo("2023-01-10");
    assertThat(story.get("dateUpdated")).isEqualTo("2024-06-01");
    assertThat(story.get("rating")).isEqualTo("General Audiences");
    assertThat(story.get("description")).isEqualTo("The tide tables of one year, week by week.");
    assertThat(story.chapters()).hasSize(22);
    for (int i = 0; i < 22; i++) {
      OtwAdapter.Chapter chapter = story.chapters().get(i);
      ChapterText stored = work.chapters().get(i);
      assertThat(chapter.title()).isEqualTo((i + 1) + ". Week " + (i + 1));
      assertThat(chapter.url()).isEqualTo(site + "/works/" + work.id() + "/chapters/" + stored.id());
      assertThat(chapter.date()).isEqualTo(i == 0 ? "2023-01-10" : "2024-06-01");
      assertThat(chapter.parts().text()).isEqualTo("The tide turned twice that week. (week " + (i + 1) + ")");
    }
    assertThat(story.chapters().getFirst().parts().workNotes()).isEqualTo("Work notes: the tables are invented.");
    assertThat(story.chapters().get(4).parts().summary()).isEqualTo("Chapter summary: a spring tide.");
    assertThat(story.chapters().get(4).parts().notes()).isNull();
    assertThat(story.chapters().get(6).parts().notes()).isEqualTo("Chapter notes: a neap tide.");
    assertThat(story.chapters().get(6).parts().summary()).isNull();
    assertThat(story.chapters().get(20).parts().endNotes()).isNull();
    assertThat(story.chapters().getLast().parts().endNotes()).isEqualTo("Chapter end notes: the year ends.");
    assertThat(story.chapters().getLast().parts().workEndNotes()).isEqualTo("Work end notes: more next year.");
    assertThat(story.chapters().get(10).parts().workNotes()).isNull();
    assertThat(story.chapters().get(10).parts().workEndNotes()).isNull();
  }

  @Test
  void aChapterAddressLeadsToItsWork() {
    WorkDetails work = longWork();

    Story story = fanFicFare.download(site + "/chapters/" + work.chapters().get(2).id(), false);

    assertThat(story.get("storyId")).isEqualTo(String.valueOf(work.id()));
    assertThat(story.get("title")).isEqualTo("A Year of Tides " + marker);
  }

  @Test
  void readsTheSeriesAWorkBelongsToAndTheSeriesPage() {
    String series = "Harbour Almanac " + marker;
    long spring = seriesWork("Spring Lamp " + marker, series, 1);
    long autumn = seriesWork("Autumn Lamp " + marker, series, 2);
    long seriesId = catalog.details(Viewer.guest(), autumn).orElseThrow().series().getFirst().seriesId();

    Story story = fanFicFare.download(site + "/works/" + autumn, false);

    assertThat(story.get("series")).isEqualTo(series + " [2]");
    assertThat(story.get("seriesUrl")).isEqualTo(site + "/series/" + seriesId);
    assertThat(story.get("series00")).isEqualTo(series + " [2]");
    Map<String, List<String>> page = fanFicFare.series(site + "/series/" + seriesId);
    assertThat(page.get("name")).containsExactly(series);
    assertThat(page.get("urllist")).containsExactly(site + "/works/" + spring, site + "/works/" + autumn);
  }

  @Test
  void asksForConsentToAnAdultWorkAsOnAo3UnlessToldTheReaderIsAnAdult() {
    WorkDetails work = oneChapterWork();

    assertThatThrownBy(() -> fanFicFare.download(site + "/works/" + work.id(), false))
        .hasMessage("AdultCheckRequired");
    assertThat(fanFicFare.download(site + "/works/" + work.id(), true).get("rating")).isEqualTo("Explicit");
  }

  @Test
  void theArchiveUsesNoneOfTheAddressFormsTheAdapterRejects() {
    assertThat(fanFicFare.siteUrlPattern().matcher(site + "/works/12").lookingAt()).isTrue();
    assertThat(fanFicFare.siteUrlPattern().matcher(site + "/works/12/chapters/34").lookingAt()).isTrue();
    assertThat(fanFicFare.siteUrlPattern().matcher(site + "/chapters/34").lookingAt()).isTrue();
  }

  private WorkDetails oneChapterWork() {
    StoryDocument story = StoryDocument.builder()
        .title("The Lamp at Quay End " + marker)
        .creator("Zoë Ångström " + marker)
        .creator("北風")
        .tag(TagKind.RATING, "Explicit")
        .tag(TagKind.WARNING, "No Archive Warnings Apply")
        .tag(TagKind.CATEGORY, "F/F")
        .tag(TagKind.FANDOM, "Original Work")
        .tag(TagKind.FANDOM, "Harbour Tales " + marker)
        .tag(TagKind.RELATIONSHIP, "Ada/Bea")
        .tag(TagKind.CHARACTER, "Ada")
        .tag(TagKind.CHARACTER, "Bea")
        .tag(TagKind.FREEFORM, "Lighthouses")
        .tag(TagKind.FREEFORM, "Found Family")
        .language("de")
        .summary("<p>A keeper writes letters to the harbour.</p>")
        .notes("<p>Work notes: for a friend who likes the sea.</p>")
        .endNotes("<p>Work end notes: thank you for reading.</p>")
        .published(LocalDate.of(2024, 3, 5))
        .updated(LocalDate.of(2024, 3, 9))
        .chaptersExpected(1)
        .stats(new WorkStats(99, 99999, 9, 9))
        .chapter(new StoryChapter(null, "<p>Chapter summary: the first letter.</p>",
            "<p>Chapter notes: written by lamplight.</p>", "<p>Chapter end notes: more letters soon.</p>",
            "<p>Liebe Bea, the lamp was lit at dusk. (letter 1)</p>"))
        .build();
    long id = TestWorks.publish(publisher, story);
    // The archive's own counts, which FanFicFare reads as AO3's: not what the file stated.
    jdbc.update("update work_stats set kudos = 12, hits = 3456, comments = 3, bookmarks = 4 where work_id = ?", id);
    return catalog.details(Viewer.guest(), id).orElseThrow();
  }

  private WorkDetails longWork() {
    StoryDocument.Builder story = StoryDocument.builder()
        .title("A Year of Tides " + marker)
        .creator("Maren Holt " + marker)
        .tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.FANDOM, "Original Work")
        .summary("<p>The tide tables of one year, week by week.</p>")
        .notes("<p>Work notes: the tables are invented.</p>")
        .endNotes("<p>Work end notes: more next year.</p>")
        .published(LocalDate.of(2023, 1, 10))
        .updated(LocalDate.of(2024, 6, 1))
        .chaptersExpected(30);
    IntStream.rangeClosed(1, 22).forEach(week -> story.chapter(new StoryChapter("Week " + week,
        week == 5 ? "<p>Chapter summary: a spring tide.</p>" : null,
        week == 7 ? "<p>Chapter notes: a neap tide.</p>" : null,
        week == 22 ? "<p>Chapter end notes: the year ends.</p>" : null,
        "<p>The tide turned twice that week. (week " + week + ")</p>")));
    return catalog.details(Viewer.guest(), TestWorks.publish(publisher, story.build())).orElseThrow();
  }

  private long seriesWork(String title, String series, int position) {
    return TestWorks.publish(publisher, StoryDocument.builder()
        .title(title)
        .creator("Maren Holt " + marker)
        .tag(TagKind.RATING, "Teen And Up Audiences")
        .series(series, position)
        .chapter(new StoryChapter(null, null, null, "<p>The lamp was lit. (" + title + ")</p>"))
        .build());
  }
}
