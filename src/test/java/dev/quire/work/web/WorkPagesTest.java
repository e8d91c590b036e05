package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.search.TestWorks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.quire.ArchiveTest;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.story.WorkStats;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A work's page and record: chapter summaries, counts, its series. */
class WorkPagesTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;
  @Autowired MockMvc mvc;

  String marker;
  long work;

  @BeforeEach
  void publishAWorkWithAChapterSummary() {
    marker = TestWorks.marker();
    work = TestWorks.publish(publisher, StoryDocument.builder()
        .title("Harbour Log " + marker)
        .creator("Ines Vale")
        .tag(TagKind.RATING, "General Audiences")
        .stats(new WorkStats(7, 1234, 2, 5))
        .series("Logs " + marker, 3)
        .chapter(new StoryChapter("Arrival", "<p>The ship comes in.</p>", "<p>Written at sea.</p>", null,
            "<p>The ship came in at dawn.</p>"))
        .build());
  }

  @Test
  void aChapterSummaryStandsUnderItsOwnHeadingAndNotesUnderNotes() throws Exception {
    Document page = Jsoup.parse(mvc.perform(get("/works/{id}", work)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());

    assertThat(page.select("#chapter-1 #summary h4.heading").text()).isEqualTo("Summary:");
    assertThat(page.select("#chapter-1 #summary blockquote").text()).isEqualTo("The ship comes in.");
    assertThat(page.select("#chapter-1 #notes h4.heading").text()).isEqualTo("Notes:");
    assertThat(page.select("#chapter-1 #notes blockquote").text()).isEqualTo("Written at sea.");
  }

  @Test
  void theWorkPageCountsTheArchivesOwnAndLabelsWhatTheFileStatedAsTheSources() throws Exception {
    Document page = Jsoup.parse(mvc.perform(get("/works/{id}", work)).andReturn().getResponse().getContentAsString());

    assertThat(page.select("dl.stats dd.kudos").text()).isEqualTo("0");
    assertThat(page.select("dl.stats dd.hits").text()).isEqualTo("0");
    assertThat(page.select("dl.stats dd.comments").text()).isEqualTo("0");
    assertThat(page.select("dl.stats dd.bookmarks").text()).isEqualTo("0");
    assertThat(page.select("dt.source-stats").text()).isEqualTo("At the source:");
    assertThat(page.select("dl.source-stats dd.source-kudos").text()).isEqualTo("7");
    assertThat(page.select("dl.source-stats dd.source-hits").text()).isEqualTo("1,234");
    assertThat(page.select("dl.source-stats dd.source-comments").text()).isEqualTo("2");
    assertThat(page.select("dl.source-stats dd.source-bookmarks").text()).isEqualTo("5");
  }

  @Test
  void theSourcesCountsAreLabelledWithTheSiteTheWorkCameFrom() throws Exception {
    long saved = TestWorks.publish(publisher, StoryDocument.builder()
        .title("Saved " + marker).creator("Ines Vale").tag(TagKind.RATING, "General Audiences")
        .sourceUrl("https://archiveofourown.org/works/123")
        .stats(new WorkStats(61, 900, 0, 3))
        .chapter(new StoryChapter("One", null, null, null, "<p>Saved from AO3.</p>"))
        .build());

    Document page = Jsoup.parse(mvc.perform(get("/works/{id}", saved)).andReturn().getResponse().getContentAsString());

    assertThat(page.select("dt.source-stats").text()).isEqualTo("At archiveofourown.org:");
    assertThat(page.select("dl.source-stats dd.source-kudos").text()).isEqualTo("61");
    assertThat(page.select("dl.source-stats dd.source-comments")).as("a count the file did not state").isEmpty();
  }

  @Test
  void theApiRecordCarriesTheCountsOfTheSearchSummaryAndEachSeriesId() throws Exception {
    JsonNode full = json("/api/v1/works/" + work);
    JsonNode summary = json("/api/v1/works?q=" + marker).get("works").get(0);

    for (String count : new String[] {"kudos", "hits", "comments", "bookmarks", "sourceStats"}) {
      assertThat(full.get(count)).as(count).isEqualTo(summary.get(count));
    }
    assertThat(full.get("kudos").asInt()).isZero();
    assertThat(full.get("sourceStats").get("hits").asInt()).isEqualTo(1234);
    long seriesId = catalog.details(Viewer.guest(), work).orElseThrow().series().getFirst().seriesId();
    assertThat(full.get("series").get(0).get("id").asLong()).isEqualTo(seriesId);
    assertThat(full.get("series").get(0).get("position").asInt()).isEqualTo(3);
  }

  private JsonNode json(String url) throws Exception {
    return JsonMapper.builder().build().readTree(mvc.perform(get(url)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }
}
