package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.WorkHits.FacetCount;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.story.WorkStats;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.work.WorkSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AO3's work-search filters, sorts and query syntax, over three works that differ in every way a
 * reader can filter by. Every search names this run's own fandom, so other tests' works don't count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkFiltersTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired TagRepository tags;
  @Autowired TransactionTemplate transaction;
  @Autowired MockMvc mvc;
  @Autowired StatsIndexing statsIndexing;
  @Autowired JdbcTemplate jdbc;

  final String fandom = "Fandom " + TestWorks.marker();
  final String otherFandom = "Other " + TestWorks.marker();
  final String canonical = "Alternate Universe " + TestWorks.marker();
  final String synonym = "AU " + TestWorks.marker();
  final LocalDate today = LocalDate.now();
  long alpha;
  long beta;
  long gamma;

  @BeforeAll
  void publishWorks() {
    transaction.executeWithoutResult(status -> {
      Tag main = new Tag(TagKind.FREEFORM, canonical);
      main.makeCanonical();
      tags.save(main);
      Tag au = new Tag(TagKind.FREEFORM, synonym);
      au.makeSynonymOf(main);
      tags.save(au);
    });
    alpha = TestWorks.publish(publisher, work("Alpha", "Zed")
        .tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.WARNING, "No Archive Warnings Apply")
        .tag(TagKind.CATEGORY, "F/F")
        .tag(TagKind.FREEFORM, synonym)
        .language("en").chaptersExpected(1)
        .published(LocalDate.of(2020, 1, 10)).updated(LocalDate.of(2020, 2, 1))
        .stats(new WorkStats(5, 100, 1, 0))
        .chapter(chapter(10, "The teacup sat beside a lantern silver and old."))
        .build());
    beta = TestWorks.publish(publisher, work("Beta", "Amy")
        .tag(TagKind.RATING, "Explicit")
        .tag(TagKind.WARNING, "Graphic Depictions Of Violence")
        .tag(TagKind.CATEGORY, "M/M")
        .tag(TagKind.FREEFORM, canonical)
        .language("de").chaptersExpected(3)
        .published(today.minusDays(10)).updated(today.minusDays(3))
        .stats(new WorkStats(50, 5000, 20, 10))
        .chapter(chapter(50, "Rain fell on the harbour."))
        .chapter(chapter(50, "She lit the silver lantern at dusk."))
        .build());
    gamma = TestWorks.publish(publisher, work("gamma", "Mo")
        .tag(TagKind.FANDOM, otherFandom)
        .tag(TagKind.RATING, "Teen And Up Audiences")
        .tag(TagKind.CATEGORY, "F/M")
        .language("en").chaptersExpected(1)
        .published(LocalDate.of(2024, 5, 1)).updated(LocalDate.of(2025, 1, 1))
        .stats(new WorkStats(0, 15000, 3, 3))
        .chapter(chapter(25, "Coffee steamed in the kitchen."))
        .build());
    // The archive's own counts differ from what the files stated, so that each order tells which it used.
    countHere(alpha, new WorkStats(4, 10, 0, 2));
    countHere(beta, new WorkStats(1, 20, 5, 0));
    countHere(gamma, new WorkStats(0, 30, 1, 1));
    statsIndexing.indexChangedCounts();
  }

  /** Gives a work the archive's own counts as its readers' rows would have made them. */
  private void countHere(long work, WorkStats stats) {
    jdbc.update("update work_stats set kudos = ?, hits = ?, comments = ?, bookmarks = ?, index_pending = true"
        + " where work_id = ?", stats.kudos(), stats.hits(), stats.comments(), stats.bookmarks(), work);
  }

  StoryDocument.Builder work(String title, String creator) {
    return StoryDocument.builder().title(title).creator(creator).tag(TagKind.FANDOM, fandom)
        .summary("<p>A story about " + title + ".</p>");
  }

  static StoryChapter chapter(int sentences, String line) {
    return new StoryChapter(null, null, null,
        "<p>" + "The quiet morning went on as before. ".repeat(sentences) + line + "</p>");
  }

  List<Long> find(String q) {
    return query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\" " + q)).works().stream()
        .map(WorkSummary::id).toList();
  }

  List<Long> find(String q, List<String> include, List<String> exclude) {
    return query.search(Viewer.guest(), new WorkSearch("fandom:\"" + fandom + "\" " + q, include, exclude, null, null, null, Set.of(), true))
        .works().stream().map(WorkSummary::id).toList();
  }

  @Test
  void excludingACanonicalTagAlsoExcludesItsSynonyms() {
    assertThat(find("", List.of(), List.of("freeform:" + canonical))).containsExactly(gamma);
    assertThat(find("-freeform:\"" + canonical + "\"")).containsExactly(gamma);
  }

  @Test
  void includingASynonymFindsEveryWorkUnderItsCanonicalTag() {
    assertThat(find("", List.of(synonym), List.of())).containsExactlyInAnyOrder(alpha, beta);
  }

  @Test
  void filtersByRatingWarningAndCategory() {
    assertThat(find("rating:Explicit")).containsExactly(beta);
    assertThat(find("-rating:Explicit")).containsExactlyInAnyOrder(alpha, gamma);
    assertThat(find("warning:\"No Archive Warnings Apply\"")).containsExactly(alpha);
    assertThat(find("category:F/M")).containsExactly(gamma);
    assertThat(find("(rating:Explicit || rating:\"General Audiences\")")).containsExactlyInAnyOrder(alpha, beta);
  }

  @Test
  void filtersByCompletionCrossoverSingleChapterAndLanguage() {
    assertThat(find("complete:yes")).containsExactlyInAnyOrder(alpha, gamma);
    assertThat(find("complete:no")).containsExactly(beta);
    assertThat(find("crossover:yes")).containsExactly(gamma);
    assertThat(find("crossover:no")).containsExactlyInAnyOrder(alpha, beta);
    assertThat(find("single_chapter:yes")).containsExactlyInAnyOrder(alpha, gamma);
    assertThat(find("language:Deutsch")).containsExactly(beta);
  }

  @Test
  void filtersByRangesOfWordsKudosHitsCommentsAndBookmarks() {
    assertThat(find("words>300")).containsExactlyInAnyOrder(beta);
    assertThat(find("kudos:>0")).containsExactlyInAnyOrder(alpha, beta);
    assertThat(find("kudos_count:>2")).containsExactly(alpha);
    assertThat(find("hits:15-25")).containsExactly(beta);
    assertThat(find("comments:<1")).containsExactly(alpha);
    assertThat(find("bookmarks:\"1 - 2\"")).containsExactlyInAnyOrder(alpha, gamma);
    assertThat(find("kudos:1")).containsExactly(beta);
  }

  @Test
  void filtersByWhatTheFilesStatedAtTheirSourceByTheSourcesNames() {
    assertThat(find("source_kudos:>10")).containsExactly(beta);
    assertThat(find("source_hits:10000-20000")).containsExactly(gamma);
    assertThat(find("source_comments:<2")).containsExactly(alpha);
    assertThat(find("source_bookmarks:\"2 - 5\"")).containsExactly(gamma);
    assertThat(find("source_kudos:5")).containsExactly(alpha);
  }

  @Test
  void filtersByDatesWrittenAsAo3Does() {
    assertThat(find("updated:\"< 1 week ago\"")).containsExactly(beta);
    assertThat(find("updated:\"> 1 year ago\"")).containsExactlyInAnyOrder(alpha, gamma);
    assertThat(find("published:2020")).containsExactly(alpha);
    assertThat(find("published:\"2024-01-01 - 2024-12-31\"")).containsExactly(gamma);
  }

  @Test
  void sortsByEveryAo3OrderBothWays() {
    assertThat(find("sort:kudos")).containsExactly(alpha, beta, gamma);
    assertThat(find("sort:kudos asc")).containsExactly(gamma, beta, alpha);
    assertThat(find("sort:hits")).containsExactly(gamma, beta, alpha);
    assertThat(find("sort:comments")).containsExactly(beta, gamma, alpha);
    assertThat(find("sort:bookmarks")).containsExactly(alpha, gamma, beta);
    assertThat(find("sort:source_kudos")).containsExactly(beta, alpha, gamma);
    assertThat(find("sort:source_kudos asc")).containsExactly(gamma, alpha, beta);
    assertThat(find("sort:source_hits")).containsExactly(gamma, beta, alpha);
    assertThat(find("sort:source_bookmarks")).containsExactly(beta, gamma, alpha);
    assertThat(find("sort:words")).containsExactly(beta, gamma, alpha);
    assertThat(find("sort:title")).containsExactly(alpha, beta, gamma);
    assertThat(find("sort:\"title descending\"")).containsExactly(gamma, beta, alpha);
    assertThat(find("sort:creator")).containsExactly(beta, gamma, alpha);
    assertThat(find("sort:published")).containsExactly(beta, gamma, alpha);
    assertThat(find("sort:updated order:asc")).containsExactly(alpha, gamma, beta);
  }

  @Test
  void findsPhrasesOnlyWithTheirWordsInOrder() {
    assertThat(find("\"silver lantern\"")).containsExactly(beta);
    assertThat(find("lantern silver")).containsExactlyInAnyOrder(alpha, beta);
    assertThat(find("(teacup OR coffee OR harbour) NOT Beta")).containsExactlyInAnyOrder(alpha, gamma);
  }

  @Test
  void showsWhereInTheTextTheWordsWereFound() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\" harbour"));

    assertThat(hits.works()).extracting(WorkSummary::id).containsExactly(beta);
    assertThat(hits.snippetsOf(beta)).anySatisfy(s -> assertThat(s).contains("<mark>harbour</mark>"));
  }

  @Test
  void countsTheTagsOfAllMatchingWorksByKind() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\""));

    assertThat(hits.facetsOf(TagKind.FANDOM)).contains(new FacetCount(fandom, 3), new FacetCount(otherFandom, 1));
    assertThat(hits.facetsOf(TagKind.FREEFORM)).containsExactly(new FacetCount(canonical, 2));
    assertThat(hits.facetsOf(TagKind.RATING)).extracting(FacetCount::count).containsOnly(1L);
  }

  @Test
  void aListThatShowsNoFacetsDoesNotCountThem() throws Exception {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\"").withoutFacets());

    assertThat(hits.total()).isEqualTo(3);
    assertThat(hits.facets()).isEmpty();
    mvc.perform(get("/api/v1/works").param("fandoms", fandom).param("facets", "false"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.facets.fandom").isEmpty());
  }

  @Test
  void theSearchFormMeansTheSameAsTheQuery() throws Exception {
    String html = mvc.perform(get("/works/search").param("fandoms", fandom).param("kudos", ">0")
            .param("complete", "no").param("sort", "kudos"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    var page = Jsoup.parse(html);

    assertThat(page.select("li.work.blurb h4.heading a:first-child").eachText()).containsExactly("Beta");
    assertThat(page.select(".searched-for").text())
        .contains("fandom:\"" + fandom + "\"", "complete:\"no\"", "kudos:\">0\"");
    assertThat(page.select(".filters th[scope=row]").eachText()).contains(fandom + " (1)");
  }

  @Test
  void aMalformedQueryIsExplainedOnThePageAndInTheApiWithA400() throws Exception {
    String html = mvc.perform(get("/works/search").param("q", "bad~query \"!!!"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(html).select(".error").text()).contains("quotation mark");

    mvc.perform(get("/api/v1/works").param("q", "words>lots"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("'words' takes a number")));
  }

  @Test
  void theApiGivesFacetsSnippetsAndTheNextPage() throws Exception {
    mvc.perform(get("/api/v1/works").param("q", "harbour").param("fandoms", fandom))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.works[0].id").value(beta))
        .andExpect(jsonPath("$.facets.fandom[0].name").value(fandom))
        .andExpect(jsonPath("$.snippets['" + beta + "'][0]").value(org.hamcrest.Matchers.containsString("<mark>harbour</mark>")))
        .andExpect(jsonPath("$.next").doesNotExist());
  }

  @Test
  void aDamagedPageLinkIsExplained() {
    WorkSearch damaged = WorkSearch.of("fandom:\"" + fandom + "\"").after("not-a-cursor!");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> query.search(Viewer.guest(), damaged))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("start again from the first page");
  }

  /** Everything matching, page after page, by following each page's cursor. */
  static List<Long> allPages(WorkQuery query, WorkSearch first) {
    List<Long> ids = new ArrayList<>();
    WorkSearch search = first;
    for (int page = 0; page < 1000; page++) {
      WorkHits hits = query.search(Viewer.guest(), search);
      hits.works().forEach(w -> ids.add(w.id()));
      if (!hits.hasNext()) {
        return ids;
      }
      search = search.after(hits.next());
    }
    throw new AssertionError("pages never ended");
  }
}
