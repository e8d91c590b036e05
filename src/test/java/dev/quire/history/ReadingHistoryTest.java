package dev.quire.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.catalog.TagCount;
import dev.quire.catalog.TagIndex;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.tag.TagKind;
import dev.quire.work.VisibilityChanges;
import dev.quire.work.WorkCatalog;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader's History and Mark for Later, as AO3 readers keep them and past it: visits counted per
 * page, the chapter and place reached and Resume, pausing and clearing, a history its reader's
 * alone, works no longer readable listed without their titles, works already read hidden from
 * searches, and the API.
 */
class ReadingHistoryTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired WorkCatalog catalog;
  @Autowired VisibilityChanges visibility;
  @Autowired WorkQuery query;
  @Autowired AccessTokens tokens;
  @Autowired TagIndex tagIndex;
  final JsonMapper json = JsonMapper.builder().build();

  Account writer;
  Account reader;
  String fandom;
  long work;
  List<Long> chapters;

  @BeforeEach
  void aWorkOfThreeChapters() {
    writer = accounts.create();
    reader = accounts.create();
    fandom = "History " + Postings.word();
    work = posted("Tidewater " + fandom);
    chapters = catalog.details(Viewer.of(writer), work).orElseThrow().chapters().stream()
        .map(dev.quire.work.WorkDetails.ChapterText::id).toList();
  }

  @Test
  void aReadersVisitsAreRecordedOncePerPageWithTheChapterReached() throws Exception {
    read("/works/{id}", work);
    read("/works/{id}/chapters/{c}", work, chapters.get(1));
    read("/works/{id}/chapters/{c}", work, chapters.get(2));
    mvc.perform(get("/works/{id}", work)).andExpect(status().isOk()); // a guest keeps no history

    Element entry = history(reader).selectFirst("li#reading_" + work);
    assertThat(entry.select("h4.heading a[href=/works/" + work + "]").text()).isEqualTo("Tidewater " + fandom);
    assertThat(entry.select(".visits").text()).isEqualTo("Visited 3 times");
    assertThat(entry.select(".chapter").text()).isEqualTo("(Chapter 3)");
    assertThat(history(reader).select("h3.heading").text()).isEqualTo("1 Work");
  }

  @Test
  void resumeReturnsToTheLastChapterAndThePlaceTheReadingPageSaved() throws Exception {
    Document chapter = read("/works/{id}/chapters/{c}", work, chapters.get(1));
    Element place = chapter.selectFirst("form#reading-place");
    assertThat(place.attr("action")).isEqualTo("/works/" + work + "/place");
    assertThat(place.select("input[name=authenticity_token]")).isNotEmpty();

    mvc.perform(post("/works/{id}/place", work).param("chapter", "2").param("paragraph", "2").with(accounts.as(reader)))
        .andExpect(status().isNoContent());
    read("/works/{id}", work); // the work's own page, where Resume is, leaves the place where it was

    Element resume = read("/works/{id}", work).selectFirst("a#resume-reading");
    assertThat(mvc.perform(get(resume.attr("href")).with(accounts.as(reader))).andReturn().getResponse().getRedirectedUrl())
        .isEqualTo("/works/" + work + "/chapters/" + chapters.get(1) + "#place-2");
    assertThat(history(reader).select("li#reading_" + work + " a.resume").attr("href")).isEqualTo(resume.attr("href"));

    mvc.perform(post("/works/{id}/place", work).param("chapter", "9").with(accounts.as(reader)))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void whileHistoryIsPausedNothingIsRecordedAndClearingEmptiesIt() throws Exception {
    read("/works/{id}", work);
    choose(reader, true, false);
    long second = posted("Saltmarsh " + fandom);
    read("/works/{id}", second);
    read("/works/{id}", work);
    mvc.perform(post("/works/{id}/place", work).param("chapter", "3").with(accounts.as(reader)))
        .andExpect(status().isNoContent());

    Document paused = history(reader);
    assertThat(paused.select(".notice.paused").text()).startsWith("Your history is paused");
    assertThat(paused.select("li.reading.blurb")).hasSize(1);
    assertThat(paused.select("li#reading_" + work + " .visits").text()).isEqualTo("Visited once");
    assertThat(paused.select("li#reading_" + work + " .chapter").text()).isEqualTo("(Chapter 1)");

    assertThat(page(get("/users/{u}/readings/clear", reader.getUserName()).with(accounts.as(reader)))
        .select("form#clear-history button").text()).isEqualTo("Yes, Clear History");
    mvc.perform(post("/users/{u}/readings/clear", reader.getUserName()).with(accounts.as(reader)))
        .andExpect(status().is3xxRedirection());
    assertThat(history(reader).select("li.reading.blurb")).isEmpty();
    assertThat(history(reader).select("h3.heading").text()).isEqualTo("0 Works");
  }

  @Test
  void aHistoryIsItsReadersAloneAndOneWorkIsDeletedFromIt() throws Exception {
    read("/works/{id}", work);
    for (Account someone : List.of(writer, accounts.create(Role.ADMIN))) {
      mvc.perform(get("/users/{u}/readings", reader.getUserName()).with(accounts.as(someone)))
          .andExpect(status().isNotFound());
      mvc.perform(post("/users/{u}/readings/clear", reader.getUserName()).with(accounts.as(someone)))
          .andExpect(status().isNotFound());
    }
    assertThat(mvc.perform(get("/users/{u}/readings", reader.getUserName())).andReturn().getResponse()
        .getRedirectedUrl()).endsWith("/users/login");
    assertThat(history(reader).select("li.reading.blurb")).hasSize(1);

    mvc.perform(post("/users/{u}/readings/{w}/delete", reader.getUserName(), work).with(accounts.as(reader)))
        .andExpect(status().is3xxRedirection());
    assertThat(history(reader).select("li.reading.blurb")).isEmpty();
  }

  @Test
  void aWorkHiddenAfterItWasReadStaysInTheHistoryWithoutItsTitle() throws Exception {
    read("/works/{id}", work);
    visibility.hide(Viewer.of(accounts.create(Role.MODERATOR)), work);

    Document history = history(reader);
    Element entry = history.selectFirst("li#reading_" + work);
    assertThat(entry.select(".unavailable").text()).isEqualTo("Unavailable work This work is no longer available to you.");
    assertThat(history.text()).doesNotContain("Tidewater");
    assertThat(entry.select("a.resume")).isEmpty();
    JsonNode api = json.readTree(api(get("/api/v1/me/history"), reader, 200));
    assertThat(api.at("/works/0/title").isNull()).isTrue();
    assertThat(api.at("/works/0/available").asBoolean()).isFalse();
    assertThat(api.toString()).doesNotContain("Tidewater");
    mvc.perform(post("/works/{id}/mark_for_later", work).with(accounts.as(reader))).andExpect(status().isNotFound());
  }

  @Test
  void hidingWorksAlreadyReadLeavesThemOutOfSearchesAndTheirTotals() throws Exception {
    long second = posted("Saltmarsh " + fandom);
    posted("Estuary " + fandom);
    read("/works/{id}", work);
    read("/works/{id}", second);
    history(reader); // what this node noted is stored
    WorkSearch inFandom = WorkSearch.of("fandom:\"" + fandom + "\"");
    assertThat(query.search(Viewer.of(reader), inFandom).total()).isEqualTo(3);

    choose(reader, false, true);
    assertThat(query.search(Viewer.of(reader), inFandom).total()).isEqualTo(1);
    Document search = page(get("/works/search").param("q", "fandom:\"" + fandom + "\"").with(accounts.as(reader)));
    assertThat(search.select("li.work.blurb h4.heading > a[href^=/works/]").eachText()).containsExactly("Estuary " + fandom);
    assertThat(query.search(Viewer.of(writer), inFandom).total()).isEqualTo(3);
    Document fandoms = page(get("/fandoms").with(accounts.as(reader)));
    assertThat(fandoms.select("a.tag:containsOwn(" + fandom + ")").parents().first().text())
        .as("the lists of tags count the works read").isEqualTo(fandom + " (3)");
    assertThat(tagIndex.mostUsed(Viewer.of(reader), Integer.MAX_VALUE).get(TagKind.FANDOM))
        .as("and the most used tags").contains(new TagCount(fandom, 3));

    choose(reader, false, false);
    assertThat(query.search(Viewer.of(reader), inFandom).total()).isEqualTo(3);
  }

  @Test
  void markForLaterTogglesFromTheWorkPageAndTheMarkedAreListedApart() throws Exception {
    long second = posted("Saltmarsh " + fandom);
    read("/works/{id}", second);
    assertThat(read("/works/{id}", work).select("button#mark-for-later").text()).isEqualTo("Mark for Later");
    mvc.perform(post("/works/{id}/mark_for_later", work).with(accounts.as(reader))).andExpect(status().is3xxRedirection());
    assertThat(read("/works/{id}", work).select("button#mark-as-read").text()).isEqualTo("Mark as Read");

    Document later = page(get("/users/{u}/readings", reader.getUserName()).param("show", "to-read").with(accounts.as(reader)));
    assertThat(later.select("li.reading.blurb")).extracting(Element::id).containsExactly("reading_" + work);
    assertThat(later.select("li#reading_" + work + " .later").text()).isEqualTo("(Marked for Later.)");

    mvc.perform(post("/works/{id}/mark_as_read", work).with(accounts.as(reader))).andExpect(status().is3xxRedirection());
    assertThat(read("/works/{id}", work).select("button#mark-for-later")).isNotEmpty();
    assertThat(page(get("/users/{u}/readings", reader.getUserName()).param("show", "to-read").with(accounts.as(reader)))
        .select("li.reading.blurb")).isEmpty();
  }

  @Test
  void theApiListsTheHistoryAsJsonMarksForLaterAndNeedsAToken() throws Exception {
    read("/works/{id}/chapters/{c}", work, chapters.get(1));
    mvc.perform(get("/api/v1/me/history")).andExpect(status().isUnauthorized());

    assertThat(api(post("/api/v1/me/history/{w}/later", work), reader, 201)).contains("marked for later");
    api(post("/api/v1/me/history/{w}/later", work), reader, 200);
    JsonNode history = json.readTree(api(get("/api/v1/me/history"), reader, 200));
    assertThat(history.at("/total").asLong()).isEqualTo(1);
    JsonNode first = history.at("/works/0");
    assertThat(first.at("/id").asLong()).isEqualTo(work);
    assertThat(first.at("/title").asText()).isEqualTo("Tidewater " + fandom);
    assertThat(first.at("/visits").asInt()).isEqualTo(1);
    assertThat(first.at("/chapter").asInt()).isEqualTo(2);
    assertThat(first.at("/markedForLater").asBoolean()).isTrue();
    assertThat(first.at("/lastVisited").asText()).isNotBlank();

    api(delete("/api/v1/me/history/{w}/later", work), reader, 204);
    api(delete("/api/v1/me/history/{w}/later", work), reader, 404);
    assertThat(json.readTree(api(get("/api/v1/me/history"), reader, 200)).at("/works/0/markedForLater").asBoolean()).isFalse();
    api(post("/api/v1/me/history/{w}/later", 0L), reader, 404);
  }

  private long posted(String title) {
    return posting.post(Viewer.of(writer), new NewWork(Postings.valid(title).fandoms(List.of(fandom)).build(),
        List.of(ChapterText.plain("One", "The tide came in."), ChapterText.plain("Two", "First.\n\nSecond.\n\nThird."),
            ChapterText.plain("Three", "The tide went out.")), false));
  }

  /** {@code reader} opens a reading page. */
  private Document read(String path, Object... variables) throws Exception {
    return page(get(path, variables).with(accounts.as(reader)));
  }

  private Document history(Account account) throws Exception {
    return page(get("/users/{u}/readings", account.getUserName()).with(accounts.as(account)));
  }

  private void choose(Account account, boolean paused, boolean hideRead) throws Exception {
    mvc.perform(post("/users/{u}/readings/preferences", account.getUserName()).param("paused", Boolean.toString(paused))
        .param("hide_read", Boolean.toString(hideRead)).with(accounts.as(account))).andExpect(status().is3xxRedirection());
  }

  private String api(MockHttpServletRequestBuilder request, Account account, int expected) throws Exception {
    MockHttpServletResponse response = mvc.perform(request
        .header("Authorization", "Bearer " + tokens.issue(Viewer.of(account), "history", true).token())).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return response.getContentAsString();
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
