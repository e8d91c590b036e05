package dev.quire.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A logged-in reader's saved exclusions are kept with their account, so they follow the reader to
 * any browser, and those marked "always" are left out of every search on the server: the page and
 * its total count only what is left.
 */
class SavedExclusionsTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;

  Account reader;
  String word;

  @BeforeEach
  void threeWorks() {
    Account writer = accounts.create();
    reader = accounts.create();
    word = Postings.word();
    postWork(writer, "Calm " + word, "Teen And Up Audiences");
    postWork(writer, "Also calm " + word, "General Audiences");
    postWork(writer, "Stormy " + word, "Explicit");
  }

  @Test
  void exclusionsSavedAsAlwaysLeaveEverySearchAndItsTotalUntilTurnedOff() throws Exception {
    MockHttpServletResponse saved = mvc.perform(post("/account/exclusions").param("name", "Nothing explicit")
        .param("exclude", "rating:Explicit").param("always", "true").param("back", "/works/search?q=" + word)
        .with(accounts.as(reader))).andReturn().getResponse();
    assertThat(saved.getRedirectedUrl()).isEqualTo("/works/search?q=" + word);

    Document page = page(get("/works/search?q=" + word).with(accounts.as(reader)));
    assertThat(titles(page)).containsExactlyInAnyOrder("Calm " + word, "Also calm " + word);
    assertThat(page.select("#found-heading").text()).isEqualTo("2 Works found");
    assertThat(page.select("p.always-excluded").text()).contains("rating:Explicit");

    String without = page.select("p.always-excluded a").attr("href");
    assertThat(without).contains("saved=off");
    assertThat(titles(page(get(without).with(accounts.as(reader))))).hasSize(3);
    assertThat(titles(page(get("/works/search").param("q", word)))).as("a guest's search is their own").hasSize(3);
    assertThat(titles(page(get("/works/search").param("q", word).with(accounts.as(accounts.create()))))).hasSize(3);
  }

  @Test
  void aSavedSetIsAppliedWithOneClickAndForgotten() throws Exception {
    Document excluding = page(get("/works/search").param("q", word).param("exclude", "rating:Explicit")
        .with(accounts.as(reader)));
    assertThat(excluding.select("form#save-exclusions input[name=exclude]").eachAttr("value"))
        .containsExactly("rating:Explicit");
    mvc.perform(post("/account/exclusions").param("name", "Quiet reading").param("exclude", "rating:Explicit")
        .param("back", "/works/search?q=" + word).with(accounts.as(reader)));

    Document later = page(get("/works/search").param("q", word).with(accounts.as(reader)));
    assertThat(titles(later)).as("not always: the search is whole until applied").hasSize(3);
    String apply = later.select("ul.saved-filter-list a").attr("href");
    assertThat(titles(page(get(apply).with(accounts.as(reader))))).doesNotContain("Stormy " + word).hasSize(2);

    String forget = later.select("form[id^=forget-exclusions-]").attr("action");
    mvc.perform(post(forget).param("back", "/works").with(accounts.as(reader)));
    assertThat(page(get("/works/search").param("q", word).with(accounts.as(reader)))
        .select("ul.saved-filter-list li.note").text()).startsWith("None yet");
  }

  @Test
  void aSetWithoutANameOrTagsOrBeyondTheLimitIsRefusedWithAReason() throws Exception {
    assertRefused(post("/account/exclusions").param("exclude", "rating:Explicit"), "Name the exclusions");
    assertRefused(post("/account/exclusions").param("name", "Empty"), "Exclude some tags first");
    for (int i = 0; i < 20; i++) {
      mvc.perform(post("/account/exclusions").param("name", "Set " + i).param("exclude", "rating:Explicit")
          .with(accounts.as(reader)));
    }
    assertRefused(post("/account/exclusions").param("name", "One more").param("exclude", "rating:Explicit"),
        "You have 20 saved exclusions");
    assertThat(mvc.perform(post("/account/exclusions").param("name", "Set 3").param("exclude", "rating:Mature")
        .param("back", "https://elsewhere.example/").with(accounts.as(reader))).andReturn().getResponse()
        .getRedirectedUrl()).as("saving a set of the same name replaces it; never sent elsewhere").isEqualTo("/works");
    assertThat(mvc.perform(post("/account/exclusions/{id}/delete", 999999999).with(accounts.as(reader)))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  private void assertRefused(MockHttpServletRequestBuilder request, String why) throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(accounts.as(reader))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString() + response.getErrorMessage()).contains(why);
  }

  private void postWork(Account writer, String title, String rating) {
    posting.post(Viewer.of(writer), new NewWork(Postings.valid(title).rating(rating).build(),
        List.of(ChapterText.plain("One", "Neutral words.")), false));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  private static List<String> titles(Document page) {
    return page.select("li.work.blurb h4.heading > a[href^=/works/]").eachText();
  }
}
