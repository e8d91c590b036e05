package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.WorkHits.FacetCount;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import dev.quire.work.Visibility;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkRepository;
import dev.quire.work.WorkSummary;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Drafts and hidden works never appear to readers, wherever they look. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired WorkRepository works;
  @Autowired WorkCatalog catalog;
  @Autowired TransactionTemplate transaction;
  @Autowired MockMvc mvc;

  final String marker = TestWorks.marker();
  final String fandom = "Visibility " + marker;
  long posted;
  long draft;
  long hidden;

  @BeforeAll
  void publishWorks() {
    posted = publish("Posted Work", "Posted Tag " + marker);
    draft = publish("Draft Work", "Draft Tag " + marker);
    hidden = publish("Hidden Work", "Hidden Tag " + marker);
    transaction.executeWithoutResult(status -> {
      works.findById(draft).orElseThrow().setVisibility(Visibility.DRAFT);
      works.findById(hidden).orElseThrow().setVisibility(Visibility.HIDDEN);
    });
  }

  long publish(String title, String freeform) {
    return TestWorks.publish(publisher, StoryDocument.builder()
        .title(title).creator("Writer").tag(TagKind.FANDOM, fandom).tag(TagKind.FREEFORM, freeform)
        .tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>The " + marker + " lamp was lit.</p>"))
        .build());
  }

  @Test
  void searchNeverReturnsDraftsOrHiddenWorks() {
    assertThat(query.search(Viewer.guest(), WorkSearch.of(marker)).works()).extracting(WorkSummary::id).containsExactly(posted);
    assertThat(query.search(Viewer.guest(), WorkSearch.of("\"Hidden Work\" " + marker)).total()).isZero();
  }

  @Test
  void facetsNeverCountDraftsOrHiddenWorks() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\""));

    assertThat(hits.facetsOf(TagKind.FANDOM)).containsExactly(new FacetCount(fandom, 1));
    assertThat(hits.facetsOf(TagKind.FREEFORM)).extracting(FacetCount::name).containsExactly("Posted Tag " + marker);
  }

  @Test
  void tagPagesNeverListDraftsOrHiddenWorks() throws Exception {
    String html = mvc.perform(get("/tags/{slug}/works", TagSlug.encode("Hidden Tag " + marker)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(html).select("li.work.blurb")).isEmpty();
  }

  @Test
  void theListOfRecentWorksNeverShowsDraftsOrHiddenWorks() {
    assertThat(catalog.recent(Viewer.guest(), 1000)).extracting(WorkSummary::id).contains(posted).doesNotContain(draft, hidden);
  }

  @Test
  void aDraftOrHiddenWorksPageIsNotFound() throws Exception {
    mvc.perform(get("/works/{id}", hidden)).andExpect(status().isNotFound());
    mvc.perform(get("/works/{id}", draft)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/works/{id}", hidden)).andExpect(status().isNotFound());
    mvc.perform(get("/works/{id}", posted)).andExpect(status().isOk());
  }

  @Test
  void feedsNeverListDraftsOrHiddenWorks() throws Exception {
    String atom = mvc.perform(get("/tags/{slug}/feed.atom", TagSlug.encode(fandom)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String opds = mvc.perform(get("/opds/search").param("q", marker))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(atom).contains("Posted Work").doesNotContain("Draft Work", "Hidden Work");
    assertThat(opds).contains("Posted Work").doesNotContain("Draft Work", "Hidden Work");
  }

  @Test
  void theApiNeverReturnsDraftsOrHiddenWorks() throws Exception {
    String json = mvc.perform(get("/api/v1/works").param("q", marker))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(json).contains("Posted Work").doesNotContain("Draft Work", "Hidden Work");
  }
}
