package dev.quire.work.web;

import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.tag.TagKind;
import dev.quire.work.SuggestionQueue;
import dev.quire.work.SuggestionQueue.QueuePage;
import dev.quire.work.SuggestionQueue.QueuedSuggestion;
import dev.quire.work.Visibility;
import dev.quire.work.VisibilityChanges;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails.SuggestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The review queue: waiting suggestions across the archive, filtered, paged and decided in place. */
class SuggestionQueueTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired SuggestionQueue queue;
  @Autowired VisibilityChanges visibility;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  Account wrangler;

  @BeforeEach
  void wrangler() {
    wrangler = accounts.create(Role.WRANGLER);
  }

  long importStory(String title) {
    return KitchenStories.importStory(importer, title, UUID.randomUUID().toString());
  }

  /** Every page of the queue with these settings, in order. */
  List<QueuedSuggestion> wholeQueue(TagKind kind, double min, boolean likeliestFirst) {
    List<QueuedSuggestion> all = new ArrayList<>();
    QueuePage page = queue.waiting(Viewer.guest(), kind, min, likeliestFirst, 1);
    all.addAll(page.suggestions());
    while (page.hasNext()) {
      page = queue.waiting(Viewer.guest(), kind, min, likeliestFirst, page.page() + 1);
      all.addAll(page.suggestions());
    }
    return all;
  }

  /** The queue's page, as HTML, on which this work's suggestions stand. */
  Document pageWith(long workId, String filter) throws Exception {
    for (int p = 1; ; p++) {
      Document page = Jsoup.parse(mvc.perform(get("/suggestions?" + filter + "&page=" + p))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
      if (!page.select("li.queued a[href^=/works/" + workId + "#]").isEmpty()) {
        return page;
      }
      assertThat(page.select("a[rel=next]")).as("a later page of the queue").isNotEmpty();
    }
  }

  @Test
  void theQueueShowsEachWaitingSuggestionWithItsWorkItsEvidenceAndButtonsToDecide() throws Exception {
    long id = importStory("Bread in Camelot");
    SuggestionView fandom = catalog.details(Viewer.guest(), id).orElseThrow().suggestions().stream()
        .filter(s -> s.kind().equals("fandom")).findFirst().orElseThrow();

    Document page = pageWith(id, "kind=fandom");
    Element item = page.getElementById("suggestion-" + fandom.id()).closest("li.queued");

    assertThat(item.select("h3 a").text()).isEqualTo("Bread in Camelot");
    assertThat(item.select(".name").text()).isEqualTo("Merlin (TV)");
    assertThat(item.select(".evidence q").text()).contains("I do not own Merlin");
    assertThat(item.select("button")).extracting(Element::text).containsExactly("Accept", "Reject");
    Element field = item.selectFirst("input[name=name]");
    assertThat(item.select("label[for=" + field.id() + "]").text()).startsWith("Tag name");
    assertThat(field.attr("maxlength")).isEqualTo("255");
  }

  @Test
  void aDecisionInTheQueueLeadsBackToTheSamePlaceInIt() throws Exception {
    long id = importStory("Rising Loaves");
    SuggestionView fandom = catalog.details(Viewer.guest(), id).orElseThrow().suggestions().stream()
        .filter(s -> s.kind().equals("fandom")).findFirst().orElseThrow();

    mvc.perform(post("/works/{w}/suggestions/{s}/reject", id, fandom.id()).with(accounts.as(wrangler))
            .param("queue", "1").param("kind", "fandom").param("min", "50").param("order", "least").param("page", "2"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/suggestions?kind=fandom&min=50&order=least&page=2"));

    assertThat(wholeQueue(TagKind.FANDOM, 0, true)).extracting(q -> q.suggestion().id()).doesNotContain(fandom.id());
  }

  @Test
  void hiddenWorksAndDraftsNeverAppearInTheQueueNorTakeDecisions() throws Exception {
    long hidden = importStory("Hidden Loaves");
    long draft = importStory("Draft Loaves");
    long shown = importStory("Shown Loaves");
    long hiddenSuggestion = catalog.details(Viewer.guest(), hidden).orElseThrow().suggestions().getFirst().id();
    visibility.change(Viewer.archive(), hidden, Visibility.HIDDEN);
    visibility.change(Viewer.archive(), draft, Visibility.DRAFT);

    assertThat(wholeQueue(null, 0, true)).extracting(q -> q.work().id())
        .contains(shown).doesNotContain(hidden, draft);
    mvc.perform(post("/works/{w}/suggestions/{s}/accept", hidden, hiddenSuggestion).with(accounts.as(wrangler)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/works/{w}/suggestions/accept-all", draft).with(accounts.as(wrangler)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theQueueShowsOneKindAtOrAboveAConfidenceInEitherOrder() {
    importStory("Kneading Lessons");

    List<QueuedSuggestion> likeliest = wholeQueue(TagKind.CHARACTER, 0.5, true);
    List<QueuedSuggestion> least = wholeQueue(TagKind.CHARACTER, 0.5, false);

    assertThat(likeliest).isNotEmpty().allSatisfy(q -> {
      assertThat(q.suggestion().kind()).isEqualTo("character");
      assertThat(q.suggestion().confidence()).isGreaterThanOrEqualTo(0.5);
    });
    assertThat(likeliest).extracting(q -> q.suggestion().confidence())
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(least).extracting(q -> q.suggestion().confidence()).isSorted();
    assertThat(least).hasSameSizeAs(likeliest);
  }

  @Test
  void theQueueComesInPagesThatLinkToEachOther() throws Exception {
    for (int i = 0; i <= SuggestionQueue.PAGE_SIZE / 2; i++) {
      importStory("Loaf " + i);
    }
    QueuePage first = queue.waiting(Viewer.guest(), null, 0, true, 1);
    assertThat(first.suggestions()).hasSize(SuggestionQueue.PAGE_SIZE);
    assertThat(first.hasNext()).isTrue();

    Document second = Jsoup.parse(mvc.perform(get("/suggestions?page=2")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
    assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/suggestions");
    assertThat(second.select(".pagination").text()).contains("Page 2");
    assertThat(second.select("li.queued p.what")).extracting(Element::id).isNotEmpty()
        .doesNotContainAnyElementsOf(first.suggestions().stream().map(q -> "suggestion-" + q.suggestion().id()).toList());

    Document farOff = Jsoup.parse(mvc.perform(get("/suggestions?page=" + QueueFilter.LAST_PAGE))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(farOff.select(".queue-count").text()).isEqualTo("No suggestion waits this far on; go back to the first page.");
    assertThat(farOff.select("a[rel=prev]").attr("href")).isEqualTo("/suggestions?page=" + (QueueFilter.LAST_PAGE - 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "kind=spaceship | 'kind' is one of rating, warning, category, fandom, relationship, character, freeform; there is no kind 'spaceship'",
      "min=150 | 'min' takes a whole number from 0 to 100, not '150'",
      "min=half | 'min' takes a whole number from 0 to 100, not 'half'",
      "page=0 | 'page' takes a whole number from 1 to 42949672, not '0'",
      "page=42949673 | 'page' takes a whole number from 1 to 42949672, not '42949673'",
      "order=sideways | 'order' is 'likeliest' or 'least', not 'sideways'"})
  void aBadFilterIsA400ThatSaysWhatIsWrong(String query, String message) throws Exception {
    String shown = mvc.perform(get("/suggestions?" + query)).andExpect(status().isBadRequest())
        .andReturn().getResponse().getErrorMessage();
    assertThat(shown).isEqualTo(message);
  }
}
