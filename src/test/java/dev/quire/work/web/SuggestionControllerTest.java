package dev.quire.work.web;

import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.tagging.Finding;
import dev.quire.work.WorkCatalog;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkRepository;
import dev.quire.work.WorkDetails.SuggestionView;
import dev.quire.work.WorkSummary;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An editor accepts (all, or one as suggested or renamed) or rejects suggestions on the work page. */
class SuggestionControllerTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired WorkQuery query;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  Account wrangler;

  @BeforeEach
  void wrangler() {
    wrangler = accounts.create(Role.WRANGLER);
  }

  @Autowired WorkRepository works;
  @Autowired TransactionTemplate transactions;

  long importStory() {
    return importStory(UUID.randomUUID().toString());
  }

  long importStory(String word) {
    return KitchenStories.importStory(importer, "Kitchen Story", word);
  }

  SuggestionView suggestion(long workId, String kind) {
    return catalog.details(Viewer.guest(), workId).orElseThrow().suggestions().stream()
        .filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void anAcceptedSuggestionBecomesAnOrdinaryTag() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id()).with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    WorkDetails work = catalog.details(Viewer.guest(), id).orElseThrow();
    assertThat(work.summary().tagsOf(dev.quire.tag.TagKind.FANDOM)).containsExactly("Merlin (TV)");
    assertThat(work.suggestions()).extracting(SuggestionView::kind).doesNotContain("fandom");
    assertThat(query.search(Viewer.guest(), WorkSearch.of("fandom:\"Merlin (TV)\"")).works())
        .extracting(WorkSummary::id).contains(id);
  }

  @Test
  void anEditorMayRenameASuggestionAsItIsAccepted() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id())
            .param("name", "Merlin (Arthurian Legend)").with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    assertThat(catalog.details(Viewer.guest(), id).orElseThrow().summary().tagsOf(dev.quire.tag.TagKind.FANDOM))
        .containsExactly("Merlin (Arthurian Legend)");
  }

  @Test
  void aRejectedSuggestionIsNoLongerOffered() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/reject", id, fandom.id()).with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    WorkDetails work = catalog.details(Viewer.guest(), id).orElseThrow();
    assertThat(work.suggestions()).extracting(SuggestionView::id).doesNotContain(fandom.id());
    assertThat(work.summary().tagsOf(dev.quire.tag.TagKind.FANDOM)).isEmpty();
  }

  @Test
  void anotherSiteCannotDecideThroughAVisitorsBrowser() throws Exception {
    long id = importStory();
    SuggestionView fandom = suggestion(id, "fandom");

    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id()).header("Origin", "https://evil.example"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/works/{w}/suggestions/{s}/accept", id, fandom.id()))
        .andExpect(status().isForbidden());

    assertThat(catalog.details(Viewer.guest(), id).orElseThrow().summary().tagsOf(dev.quire.tag.TagKind.FANDOM)).isEmpty();
  }

  @Test
  void acceptingAllMakesEveryWaitingSuggestionATagButOnlyTheLikeliestRating() throws Exception {
    long id = importStory();
    // A short story gets no rating of its own (too little text to tell): two ratings are made here.
    transactions.executeWithoutResult(t -> {
      works.findById(id).orElseThrow().addSuggestion(TagKind.RATING, "Teen And Up Audiences", 0.7, "a likely rating", Finding.RATING_FOUND);
      works.findById(id).orElseThrow().addSuggestion(TagKind.RATING, "Explicit", 0.01, "a second, unlikely rating", Finding.RATING_FOUND);
    });
    List<SuggestionView> waiting = catalog.details(Viewer.guest(), id).orElseThrow().suggestions();
    SuggestionView likeliestRating = waiting.stream().filter(s -> s.kind().equals("rating"))
        .max(Comparator.comparingDouble(SuggestionView::confidence)).orElseThrow();
    assertThat(waiting).hasSizeGreaterThan(2);
    Document page = Jsoup.parse(mvc.perform(get("/works/{id}?view_adult=true", id))
        .andReturn().getResponse().getContentAsString());
    assertThat(page.select("#suggestions .accept-all .note").text()).isEqualTo("(of the ratings, only the likeliest)");

    mvc.perform(post("/works/{w}/suggestions/accept-all", id).with(accounts.as(wrangler)))
        .andExpect(status().is3xxRedirection());

    WorkDetails work = catalog.details(Viewer.guest(), id).orElseThrow();
    assertThat(work.suggestions()).extracting(SuggestionView::evidence).containsExactly("a second, unlikely rating");
    assertThat(work.summary().tagsOf(TagKind.RATING)).containsExactly(likeliestRating.name());
    for (SuggestionView s : waiting.stream().filter(s -> !s.kind().equals("rating")).toList()) {
      assertThat(work.summary().tagsOf(TagKind.fromKey(s.kind()))).contains(s.name());
    }
  }

  @Test
  void theWorkPageAndItsBlurbCountTheSuggestionsWaiting() throws Exception {
    String word = "Crumb" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    long id = importStory(word);
    int waiting = catalog.details(Viewer.guest(), id).orElseThrow().suggestions().size();

    Document work = Jsoup.parse(mvc.perform(get("/works/{id}?view_adult=true", id)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
    assertThat(work.select("main > .suggestions-waiting a").text())
        .isEqualTo(waiting + " suggested tags wait for an editor");
    assertThat(work.select("main > .suggestions-waiting a").attr("href")).isEqualTo("#suggestions");
    assertThat(work.select("#suggestions .accept-all button").text()).isEqualTo("Accept all " + waiting + " suggestions");

    Document listing = Jsoup.parse(mvc.perform(get("/works/search").param("q", word))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(listing.select("#work_" + id + " dd.suggestions a").text()).isEqualTo(waiting + " waiting");
  }

  @Test
  void decidingOnASuggestionThatIsNotThereIsA404() throws Exception {
    long id = importStory();

    mvc.perform(post("/works/{w}/suggestions/{s}/reject", id, 987654321L).with(accounts.as(wrangler)))
        .andExpect(status().isNotFound());
  }
}
