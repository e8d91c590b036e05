package dev.quire.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A takedown from the web: a moderator hides a work from its page, and it is gone for everyone
 * else, from its address and from search, until a moderator shows it again.
 */
class ModerationTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;

  @Test
  void aHiddenWorkIsNotFoundByGuestsOrReadersAndLeavesSearchAtOnce() throws Exception {
    String word = word();
    long work = KitchenStories.importStory(importer, "Takedown " + word, word);
    Account moderator = accounts.create(Role.MODERATOR);
    Account reader = accounts.create();
    assertThat(searchFinds(word)).isTrue();

    mvc.perform(post("/works/{id}/hide", work).with(accounts.as(moderator)))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/works/" + work));

    mvc.perform(get("/works/{id}", work)).andExpect(status().isNotFound());
    mvc.perform(get("/works/{id}", work).with(accounts.as(reader))).andExpect(status().isNotFound());
    assertThat(searchFinds(word)).isFalse();
    Document seenByModerator = page(get("/works/{id}", work).param("view_adult", "true").with(accounts.as(moderator)));
    assertThat(seenByModerator.select(".hidden-work").text()).contains("hidden by a moderator");
    assertThat(seenByModerator.select("form[action=/works/" + work + "/unhide] button").text()).isEqualTo("Show Work");
  }

  @Test
  void showingAHiddenWorkAgainBringsItBackToReadersAndSearch() throws Exception {
    String word = word();
    long work = KitchenStories.importStory(importer, "Reinstated " + word, word);
    Account admin = accounts.create(Role.ADMIN);
    mvc.perform(post("/works/{id}/hide", work).with(accounts.as(admin))).andExpect(status().isFound());

    mvc.perform(post("/works/{id}/unhide", work).with(accounts.as(admin))).andExpect(status().isFound());

    mvc.perform(get("/works/{id}", work)).andExpect(status().isOk());
    assertThat(searchFinds(word)).isTrue();
  }

  @Test
  void aModeratorSeesHideWorkOnTheWorkAndItsChapters() throws Exception {
    long work = KitchenStories.importStory(importer, "Buttons " + word(), word());
    Account moderator = accounts.create(Role.MODERATOR);

    Document show = page(get("/works/{id}", work).param("view_adult", "true").with(accounts.as(moderator)));
    Document chapter = page(get("/works/{id}/chapters/{c}", work, catalog.details(Viewer.archive(), work).orElseThrow().chapters().getFirst().id()).param("view_adult", "true").with(accounts.as(moderator)));

    assertThat(show.select("form[action=/works/" + work + "/hide] button").text()).isEqualTo("Hide Work");
    assertThat(chapter.select("form[action=/works/" + work + "/hide] button").text()).isEqualTo("Hide Work");
  }

  @Test
  void readersAndWranglersNeitherSeeHideWorkNorMayHide() throws Exception {
    long work = KitchenStories.importStory(importer, "Untouched " + word(), word());

    for (Account someone : new Account[] {accounts.create(), accounts.create(Role.WRANGLER)}) {
      assertThat(page(get("/works/{id}", work).param("view_adult", "true").with(accounts.as(someone))).select("form[action$=/hide]")).isEmpty();
      mvc.perform(post("/works/{id}/hide", work).with(accounts.as(someone))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/works/{id}", work)).andExpect(status().isOk());
  }

  private boolean searchFinds(String word) throws Exception {
    return !page(get("/works/search").param("q", word)).select("li.work.blurb").isEmpty();
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private static String word() {
    return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
