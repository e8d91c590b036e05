package dev.quire.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.search.StatsIndexing;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.work.WorkSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AO3's kudos through the work page's button and the API: once per account and once per guest
 * address, never on one's own work, named on the page; counted in the work's own stats, and in
 * searches once the index has learnt the count.
 */
class KudosTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired AccessTokens tokens;
  @Autowired StatsIndexing statsIndexing;
  @Autowired WorkQuery query;
  @Autowired JdbcTemplate jdbc;

  Account writer;
  String fandom;
  long work;

  @BeforeEach
  void aPostedWork() {
    writer = accounts.create();
    fandom = "Kudos " + Postings.word();
    work = postWork("Lantern", false);
  }

  long postWork(String title, boolean restricted) {
    return posting.post(Viewer.of(writer), Postings.oneChapter(
        Postings.valid(title + " " + fandom).fandoms(List.of(fandom)).restricted(restricted).build(),
        "The lantern swung over the quay.", false));
  }

  @Test
  void aGuestGivesKudosOncePerAddress() throws Exception {
    RequestPostProcessor here = from(address());
    mvc.perform(kudos(work).with(here)).andExpect(redirectedUrl("/works/" + work + "#feedback"));
    mvc.perform(kudos(work).with(here)).andExpect(redirectedUrl("/works/" + work + "#feedback"));

    Document page = page(work, here);
    assertThat(page.select("#kudos p.kudos").text()).isEqualTo("1 guest left kudos on this work!");
    assertThat(page.select("#feedback .kudos-left").text()).isEqualTo("You have already left kudos here :)");
    assertThat(page.select("#kudo_submit")).isEmpty();
    assertThat(page.select("dl.stats dd.kudos").text()).isEqualTo("1");

    Document elsewhere = page(work, from(address()));
    assertThat(elsewhere.select("form#new_kudo button#kudo_submit")).hasSize(1);
    mvc.perform(kudos(work).with(from(address()))).andExpect(status().is3xxRedirection());
    assertThat(page(work, from(address())).select("#kudos p.kudos").text()).isEqualTo("2 guests left kudos on this work!");
  }

  @Test
  void theLineNamesAccountsFirstComeFirstThenHowManyGuests() throws Exception {
    Account ada = accounts.create();
    Account bea = accounts.create();
    mvc.perform(kudos(work).with(accounts.as(ada))).andExpect(status().is3xxRedirection());
    mvc.perform(kudos(work).with(from(address()))).andExpect(status().is3xxRedirection());
    mvc.perform(kudos(work).with(accounts.as(bea))).andExpect(status().is3xxRedirection());

    Document page = page(work, from(address()));
    assertThat(page.select("#kudos p.kudos").text())
        .isEqualTo(ada.getUserName() + ", " + bea.getUserName() + " and 1 guest left kudos on this work!");
    assertThat(page.select("dl.stats dd.kudos").text()).isEqualTo("3");
  }

  @Test
  void aPopularWorksLineNamesTheFirstFiftyAccountsThenHowManyMore() throws Exception {
    List<String> givers = new ArrayList<>();
    for (int i = 0; i < KudosGivers.SHOWN + 2; i++) {
      Account giver = accounts.create();
      givers.add(giver.getUserName());
      mvc.perform(kudos(work).with(accounts.as(giver))).andExpect(status().is3xxRedirection());
    }
    mvc.perform(kudos(work).with(from(address()))).andExpect(status().is3xxRedirection());

    String line = page(work, from(address())).select("#kudos p.kudos").text();
    String ending = ", 2 more users and 1 guest left kudos on this work!";
    assertThat(line).endsWith(ending);
    assertThat(List.of(line.substring(0, line.length() - ending.length()).split(", ")))
        .isEqualTo(givers.subList(0, KudosGivers.SHOWN));
    assertThat(page(work, from(address())).select("dl.stats dd.kudos").text()).isEqualTo("53");
  }

  @Test
  void aCreatorLeavesNoKudosOnTheirOwnWorkAndIsToldWhy() throws Exception {
    assertThat(page(work, accounts.as(writer)).select("#kudo_submit")).isEmpty();

    String message = mvc.perform(kudos(work).with(accounts.as(writer)))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getErrorMessage();

    assertThat(message).isEqualTo("You can't leave kudos on your own work.");
    assertThat(kudosCount(work)).isZero();
  }

  @Test
  void aRestrictedWorkTakesKudosOnlyFromThoseLoggedInAndAGuestLearnsNothingOfIt() throws Exception {
    long restricted = postWork("Hidden lantern", true);

    mvc.perform(kudos(restricted).with(from(address()))).andExpect(status().isNotFound());
    mvc.perform(kudos(restricted).with(accounts.as(accounts.create()))).andExpect(status().is3xxRedirection());

    assertThat(kudosCount(restricted)).isEqualTo(1);
  }

  @Test
  void theApiAnswers201ThenOkAndTheWorkKeepsOneKudos() throws Exception {
    String token = tokens.issue(Viewer.of(accounts.create()), "kudos", true).token();

    JsonNode first = json(mvc.perform(post("/api/v1/works/{id}/kudos", work).header("Authorization", "Bearer " + token))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    JsonNode again = json(mvc.perform(post("/api/v1/works/{id}/kudos", work).header("Authorization", "Bearer " + token))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

    assertThat(first.get("kudos").asInt()).isEqualTo(1);
    assertThat(again.get("kudos").asInt()).isEqualTo(1);
    assertThat(again.get("message").asString()).isEqualTo("You have already left kudos here. :)");
    JsonNode record = json(mvc.perform(get("/api/v1/works/{id}", work)).andReturn().getResponse().getContentAsString());
    assertThat(record.get("kudos").asInt()).isEqualTo(1);
    assertThat(record.get("hits").asInt()).isZero();
    assertThat(record.get("comments").asInt()).isZero();
    assertThat(record.get("bookmarks").asInt()).isZero();
    assertThat(record.get("sourceStats").isNull()).isTrue();
  }

  @Test
  void theApiRefusesKudosOnOnesOwnWorkWithASentence() throws Exception {
    String token = tokens.issue(Viewer.of(writer), "mine", true).token();

    String body = mvc.perform(post("/api/v1/works/{id}/kudos", work).header("Authorization", "Bearer " + token))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

    assertThat(json(body).get("message").asString()).isEqualTo("You can't leave kudos on your own work.");
  }

  @Test
  void searchesSortAndFilterByTheArchivesOwnKudosOnceTheIndexHasLearntThem() throws Exception {
    long quiet = postWork("Quiet", false);
    long loved = postWork("Loved", false);
    assertThat(found("kudos:>0")).as("before any kudos").isEmpty();
    for (int i = 0; i < 3; i++) {
      mvc.perform(kudos(loved).with(from(address()))).andExpect(status().is3xxRedirection());
    }
    mvc.perform(kudos(work).with(from(address()))).andExpect(status().is3xxRedirection());
    assertThat(found("kudos:>0")).as("before the index learns the counts").isEmpty();

    statsIndexing.indexChangedCounts();

    assertThat(found("sort:kudos")).containsExactly(loved, work, quiet);
    assertThat(found("kudos:>2")).containsExactly(loved);
    assertThat(found("kudos_count:1")).containsExactly(work);
  }

  @Test
  void aBurstOfKudosOnOneWorkMarksItOnceAndOneBatchIndexesIt() throws Exception {
    for (int i = 0; i < 5; i++) {
      mvc.perform(kudos(work).with(from(address()))).andExpect(status().is3xxRedirection());
    }
    assertThat(jdbc.queryForObject("select count(*) from work_stats where work_id = ? and index_pending = true",
        Integer.class, work)).isEqualTo(1);

    assertThat(statsIndexing.indexChangedCounts()).isPositive();

    assertThat(jdbc.queryForObject("select index_pending from work_stats where work_id = ?", Boolean.class, work)).isFalse();
    assertThat(found("kudos:5")).containsExactly(work);
  }

  @Test
  void aCountReachesSearchesWithoutRewritingTheWorksText() throws Exception {
    assertThat(found("lantern")).containsExactly(work);
    // The stored text changes behind the index's back: writing the work's whole document again
    // would index these words and drop the lantern.
    jdbc.update("update chapter set body = ? where work_id = ?", "<p>The heron waded through the reeds.</p>", work);
    mvc.perform(kudos(work).with(from(address()))).andExpect(status().is3xxRedirection());

    statsIndexing.indexChangedCounts();

    assertThat(found("kudos:1")).containsExactly(work);
    assertThat(found("lantern kudos:1")).containsExactly(work);
    assertThat(found("heron")).isEmpty();
  }

  @Test
  void aBrowsersCopyOfTheWorkPageIsNotReusedOnceItsKudosChanged() throws Exception {
    RequestPostProcessor here = from(address());
    String before = mvc.perform(get("/works/{id}", work).with(here)).andReturn().getResponse().getHeader("ETag");
    mvc.perform(get("/works/{id}", work).with(here).header("If-None-Match", before)).andExpect(status().isNotModified());

    mvc.perform(kudos(work).with(here)).andExpect(status().is3xxRedirection());

    mvc.perform(get("/works/{id}", work).with(here).header("If-None-Match", before)).andExpect(status().isOk());
  }

  private List<Long> found(String conditions) {
    return query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\" " + conditions)).works().stream()
        .map(WorkSummary::id).toList();
  }

  private int kudosCount(long id) {
    return jdbc.queryForObject("select kudos from work_stats where work_id = ?", Integer.class, id);
  }

  private static MockHttpServletRequestBuilder kudos(long id) {
    return post("/works/{id}/kudos", id);
  }

  private Document page(long id, RequestPostProcessor as) throws Exception {
    return Jsoup.parse(mvc.perform(get("/works/{id}", id).with(as)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }

  /** A guest at {@code address}, with a CSRF token as a browser holds one. */
  static RequestPostProcessor from(String address) {
    RequestPostProcessor csrf = TestAccounts.csrf();
    return request -> {
      request.setRemoteAddr(address);
      return csrf.postProcessRequest(request);
    };
  }

  /** An address no other test's guest has. */
  static String address() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  private static JsonNode json(String body) {
    return JsonMapper.builder().build().readTree(body);
  }
}
