package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.story.WorkStats;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Paging by search-after: every page follows the last, with no work lost or shown twice. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingTest extends ArchiveTest {

  static final int WORKS = 47;

  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired MockMvc mvc;

  final String fandom = "Paging " + TestWorks.marker();
  final List<Long> published = new ArrayList<>();

  @BeforeAll
  void publishWorks() {
    for (int i = 0; i < WORKS; i++) {
      // Few distinct kudos counts stated at the source, and none of the archive's own yet, so most
      // works tie (all of them on the archive's own kudos) and only the id tells them apart.
      String title = (i % 2 == 0 ? "tale " : "Tale ") + (char) ('a' + i % 26) + " " + i;
      published.add(TestWorks.publish(publisher, StoryDocument.builder()
          .title(title).creator("Writer " + (i % 5)).tag(TagKind.FANDOM, fandom)
          .stats(new WorkStats(i % 3, i * 7, 0, 0))
          .chapter(new StoryChapter(null, null, null, "<p>A lamp " + "and a lamp ".repeat(i % 4) + "was lit.</p>"))
          .build()));
    }
  }

  List<Long> everyPage(String q) {
    return WorkFiltersTest.allPages(query, WorkSearch.of("fandom:\"" + fandom + "\" " + q));
  }

  @Test
  void pagesThroughTiedCountsWithoutLosingOrRepeatingAWork() {
    for (String order : List.of("sort:kudos", "sort:source_kudos", "sort:source_kudos order:asc")) {
      List<Long> ids = everyPage(order);

      assertThat(ids).as(order).hasSize(WORKS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
    }
  }

  @Test
  void keepsTheOrderAcrossPages() {
    List<WorkSummary> works = new ArrayList<>();
    WorkSearch search = WorkSearch.of("fandom:\"" + fandom + "\" sort:title");
    while (true) {
      WorkHits hits = query.search(Viewer.guest(), search);
      works.addAll(hits.works());
      if (!hits.hasNext()) {
        break;
      }
      search = search.after(hits.next());
    }

    assertThat(works).hasSize(WORKS);
    assertThat(works).extracting(w -> w.title().toLowerCase(Locale.ROOT)).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void pagesEveryOrderBothWays() {
    for (String order : List.of("sort:hits", "sort:hits asc", "sort:creator", "sort:\"creator desc\"",
        "sort:updated", "sort:published asc", "sort:words", "sort:title desc", "")) {
      assertThat(everyPage(order)).as(order).hasSize(WORKS).doesNotHaveDuplicates();
    }
  }

  @Test
  void theApiNumbersPagesWithPageAndGoesOnFromThemWithNext() throws Exception {
    List<Long> byTitle = everyPage("sort:title");

    JsonNode second = api("page", "2");
    assertThat(second.get("position").asLong()).isEqualTo(21);
    assertThat(ids(second)).containsExactlyElementsOf(byTitle.subList(20, 40));

    JsonNode third = api("after", second.get("next").asString());
    assertThat(ids(third)).containsExactlyElementsOf(byTitle.subList(40, WORKS)).isEqualTo(ids(api("page", "3")));
    assertThat(third.hasNonNull("next")).isFalse();
  }

  JsonNode api(String parameter, String value) throws Exception {
    String json = mvc.perform(get("/api/v1/works").param("q", "fandom:\"" + fandom + "\"")
            .param("sort", "title").param("facets", "false").param(parameter, value))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonMapper.builder().build().readTree(json);
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("works").forEach(work -> ids.add(work.get("id").asLong()));
    return ids;
  }

  @Test
  void pagesBestMatchByPosition() {
    assertThat(everyPage("lamp")).hasSize(WORKS).doesNotHaveDuplicates();
  }

  @Test
  void theLastNumberedPageIsAnsweredAndAPagePastTheDeepestIsExplained() throws Exception {
    WorkSearch lamps = WorkSearch.of("fandom:\"" + fandom + "\" lamp");
    String pastTheDeepest = new SearchCursor(WorkSearch.DEEPEST + 1, null, 0).encode();

    assertThat(query.search(Viewer.guest(), lamps.atPage(WorkSearch.LAST_PAGE)).works()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> query.search(Viewer.guest(), lamps.after(pastTheDeepest)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("pages go only as far as the 100,000th work");
    mvc.perform(get("/api/v1/works").param("q", "lamp").param("after", pastTheDeepest))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aPageLinkAtEitherEndOfTheCountsFindsOnlyWhatLiesBeyondIt() {
    WorkSearch up = WorkSearch.of("fandom:\"" + fandom + "\" sort:kudos order:asc");
    WorkSearch down = WorkSearch.of("fandom:\"" + fandom + "\" sort:kudos");
    long last = published.getLast();

    WorkHits pastTheTop = query.search(Viewer.guest(), up.after(new SearchCursor(21, Integer.MAX_VALUE, last).encode()));
    WorkHits pastTheBottom = query.search(Viewer.guest(), down.after(new SearchCursor(21, Integer.MIN_VALUE, last).encode()));

    assertThat(pastTheTop.works()).isEmpty();
    assertThat(pastTheBottom.works()).isEmpty();
  }

  @Test
  void aPageLinkMadeForAnotherOrderIsExplainedNotFailed() {
    WorkSearch byKudos = WorkSearch.of("fandom:\"" + fandom + "\" sort:kudos");
    String next = query.search(Viewer.guest(), byKudos).next();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\" sort:title").after(next)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("start again from the first page");
  }

  @Test
  void saysWhereEachPageStartsAndEnds() {
    WorkSearch first = WorkSearch.of("fandom:\"" + fandom + "\" sort:kudos");
    WorkHits one = query.search(Viewer.guest(), first);
    WorkHits two = query.search(Viewer.guest(), first.after(one.next()));
    WorkHits three = query.search(Viewer.guest(), first.after(two.next()));

    assertThat(one.total()).isEqualTo(WORKS);
    assertThat(List.of(one.position(), one.last(), two.position(), two.last(), three.position(), three.last()))
        .containsExactly(1L, 20L, 21L, 40L, 41L, 47L);
    assertThat(three.hasNext()).isFalse();
    assertThat(two.total()).isEqualTo(WORKS);
  }
}
