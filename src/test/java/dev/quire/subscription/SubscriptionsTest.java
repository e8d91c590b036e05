package dev.quire.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.mute.BoundaryKind;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.SeriesChoice;
import dev.quire.posting.WorkFields;
import dev.quire.posting.WorkPosting;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscriptions bring a reader the news of what they follow — a person's new works, a work's new
 * chapters, a series' next work, a saved search's newly posted works — to an inbox, the API and a
 * private feed at a secret address, and never a work the reader may not read or whose creator they
 * muted.
 */
class SubscriptionsTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired Subscriptions subscriptions;
  @Autowired SubscriptionDelivery delivery;
  @Autowired Inbox inbox;
  @Autowired Boundaries boundaries;
  @Autowired AccessTokens tokens;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  @Test
  void aPersonsSubscribersFindTheirNewWorkInTheInbox() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    mvc.perform(post("/subscriptions").param("user", writer.getUserName()).with(accounts.as(reader)));
    String title = "Harbour Lights " + Postings.word();

    long work = postWork(writer, Postings.valid(title).build(), false);

    Document page = page(get("/account/inbox").with(accounts.as(reader)));
    assertThat(page.select("ol.notices li h3 a").eachText())
        .containsExactly("New work: \"" + title + "\" by " + writer.getUserName());
    assertThat(page.select("ol.notices li h3 a").attr("href")).isEqualTo("/works/" + work);
    assertThat(page.select("p.count").text()).isEqualTo("1 notice, 1 unread");
    assertThat(inbox.page(Viewer.of(writer), 1).total()).as("nobody hears of their own work").isZero();
  }

  @Test
  void aWorksSubscribersHearOfItsNewChaptersAndOfADraftOnlyOnceItIsPosted() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    long work = postWork(writer, Postings.valid("Tides " + Postings.word()).build(), false);
    mvc.perform(post("/subscriptions").param("workId", String.valueOf(work)).with(accounts.as(reader)));
    subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.user(writer.getUserName()));

    long chapter = posting.addChapter(Viewer.of(writer), work, ChapterText.plain("Two", "The tide came in again."));
    long draft = postWork(writer, Postings.valid("Unfinished " + Postings.word()).build(), true);
    assertThat(headlines(reader)).containsExactly("New chapter 2 of \"" + title(work) + "\" by " + writer.getUserName());
    assertThat(inbox.page(Viewer.of(reader), 1).notices().getFirst().path())
        .isEqualTo("/works/" + work + "/chapters/" + chapter);

    posting.publish(Viewer.of(writer), draft);
    assertThat(headlines(reader)).hasSize(2).first().asString().startsWith("New work: \"Unfinished");
  }

  @Test
  void aSeriesSubscriptionBringsTheSeriesNextWork() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    String series = "Seasons " + Postings.word();
    long first = postWork(writer, Postings.valid("Spring").series(new SeriesChoice(series, null)).build(), false);
    long seriesId = jdbc.queryForObject("select series_id from series_work where work_id = ?", Long.class, first);
    Document seriesPage = followed(post("/subscriptions").param("seriesId", String.valueOf(seriesId)), reader,
        "/series/" + seriesId + "?subscribed");
    assertThat(seriesPage.select("li.subscribe button").text()).isEqualTo("Unsubscribe");
    postWork(accounts.create(), Postings.valid("Someone else's").build(), false);

    postWork(writer, Postings.valid("Summer").series(new SeriesChoice(series, null)).build(), false);

    assertThat(headlines(reader)).containsExactly("New work: \"Summer\" by " + writer.getUserName());
  }

  @Test
  void aSavedSearchBringsTheWorksPostedAfterItWasSavedThatItFinds() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    String word = Postings.word();
    postWork(writer, Postings.valid("Before " + word).build(), false);
    Document results = followed(post("/subscriptions").param("query", "title:" + word), reader,
        "/works/search?q=title:" + word + "&subscribed");
    assertThat(results.select("li.subscribe button").text()).isEqualTo("Unsubscribe from this search");

    postWork(writer, Postings.valid("After " + word).build(), false);
    postWork(writer, Postings.valid("Elsewhere " + Postings.word()).build(), false);

    assertThat(searchedUntilFound(reader)).containsExactly("New work: \"After " + word + "\" by "
        + writer.getUserName());
    delivery.runSearches();
    assertThat(headlines(reader)).as("a second run brings nothing new").hasSize(1);
  }

  @Test
  void aMutedCreatorsWorksNeverReachTheInboxAndLeaveItWhenMuted() throws Exception {
    Account loud = accounts.create();
    Account quiet = accounts.create();
    Account reader = accounts.create();
    String series = "Shared " + Postings.word();
    long first = postWork(loud, Postings.valid("Opening").series(new SeriesChoice(series, null)).build(), false);
    subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.user(loud.getUserName()));
    subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.user(quiet.getUserName()));
    subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.work(first));
    postWork(loud, Postings.valid("Loud one").build(), false);
    postWork(quiet, Postings.valid("Quiet one").build(), false);
    assertThat(inbox.page(Viewer.of(reader), 1).total()).isEqualTo(2);

    boundaries.add(Viewer.of(reader), BoundaryKind.MUTE, loud.getUserName());
    posting.addChapter(Viewer.of(loud), first, ChapterText.plain("Two", "More noise."));
    postWork(loud, Postings.valid("Loud two").build(), false);

    InboxPage shown = inbox.page(Viewer.of(reader), 1);
    assertThat(shown.notices()).extracting(n -> n.work().title()).containsExactly("Quiet one");
    assertThat(shown.total()).isEqualTo(1);
    assertThat(shown.unseen()).isEqualTo(1);
  }

  @Test
  void theApiSubscribesOnceAndListsTheInbox() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    String token = tokens.issue(Viewer.of(reader), "reader", true).token();
    String body = "{\"user\": \"" + writer.getUserName() + "\"}";

    assertThat(api(post("/api/v1/subscriptions"), token, body).getStatus()).isEqualTo(201);
    MockHttpServletResponse again = api(post("/api/v1/subscriptions"), token, body);
    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from subscription where account_id = ?", Integer.class,
        reader.getId())).isEqualTo(1);
    long work = postWork(writer, Postings.valid("By the API " + Postings.word()).build(), false);

    JsonNode inboxJson = json.readTree(api(get("/api/v1/me/inbox"), token, null).getContentAsString());
    assertThat(inboxJson.get("total").asLong()).isEqualTo(1);
    assertThat(inboxJson.get("notices").get(0).get("workId").asLong()).isEqualTo(work);
    assertThat(inboxJson.get("notices").get(0).get("kind").asString()).isEqualTo("work");
    JsonNode listed = json.readTree(api(get("/api/v1/me/subscriptions"), token, null).getContentAsString());
    long id = listed.get("subscriptions").get(0).get("id").asLong();
    assertThat(api(delete("/api/v1/me/subscriptions/{id}", id), token, null).getStatus()).isEqualTo(204);
    assertThat(api(delete("/api/v1/me/subscriptions/{id}", id), token, null).getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/api/v1/me/inbox")).andReturn().getResponse().getStatus()).isEqualTo(401);
  }

  @Test
  void badSubscriptionsAreRefusedWithAReasonAndChangeNothing() throws Exception {
    Account reader = accounts.create();
    Account writer = accounts.create();
    String token = tokens.issue(Viewer.of(reader), "reader", true).token();
    long draft = postWork(writer, Postings.valid("Secret draft").build(), true);

    assertRefused(token, "{\"workId\": 999999999}", 404, "There is no work 999999999");
    assertRefused(token, "{\"workId\": " + draft + "}", 404, "There is no work");
    assertRefused(token, "{\"user\": \"" + reader.getUserName() + "\"}", 422, "You can't subscribe to yourself.");
    assertRefused(token, "{\"user\": \"nobody-at-all\"}", 404, "There is no user named 'nobody-at-all'.");
    assertRefused(token, "{\"user\": \"unclaimed\"}", 422, "unclaimed and orphaned works");
    assertRefused(token, "{\"query\": \"words>lots\"}", 422, "This search can't be followed");
    assertRefused(token, "{\"query\": \"" + "a".repeat(501) + "\"}", 422, "at most 500 characters");
    assertRefused(token, "{\"workId\": 1, \"user\": \"x\"}", 400, "Name exactly one");
    assertRefused(token, "{}", 400, "Name exactly one");
    assertRefused(token, "{\"workId\": \"one\"}", 400, "Give workId as a whole number.");
    assertRefused(token, "[1, 2", 400, "not valid JSON");
    assertThat(jdbc.queryForObject("select count(*) from subscription where account_id = ?", Integer.class,
        reader.getId())).isZero();

    MockHttpServletResponse form = mvc.perform(post("/subscriptions").param("user", reader.getUserName())
        .with(accounts.as(reader))).andReturn().getResponse();
    assertThat(form.getStatus()).isEqualTo(422);
    assertThat(Jsoup.parse(form.getContentAsString()).select("#subscription-problem").text())
        .isEqualTo("You can't subscribe to yourself.");
    assertThat(mvc.perform(post("/subscriptions/{id}/delete", 999999999).with(accounts.as(reader)))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void thePrivateFeedsListTheInboxOnceAWorkAndAResetAddressAnswersNoOne() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.user(writer.getUserName()));
    String title = "Feedable " + Postings.word();
    long work = postWork(writer, Postings.valid(title).build(), false);
    posting.addChapter(Viewer.of(writer), work, ChapterText.plain("Two", "The feed lists the work once."));
    assertThat(inbox.page(Viewer.of(reader), 1).total()).as("a notice of the work and one of its chapter").isEqualTo(2);

    String shown = page(post("/account/subscriptions/feed").with(accounts.as(reader))).select("#private-atom").text();
    assertThat(shown).matches("http://localhost(:\\d+)?/subscriptions/feeds/[A-Za-z0-9_-]{43}/inbox\\.atom");
    String atom = URI.create(shown).getPath();
    MockHttpServletResponse feed = mvc.perform(get(atom)).andReturn().getResponse();
    assertThat(feed.getStatus()).isEqualTo(200);
    assertThat(feed.getContentType()).startsWith("application/atom+xml");
    assertThat(feed.getHeader("Cache-Control")).contains("no-store");
    assertThat(feed.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(feed.getHeader("ETag")).isNull();
    assertThat(Jsoup.parse(feed.getContentAsString(), "", org.jsoup.parser.Parser.xmlParser())
        .select("entry > title").eachText()).containsExactly(title);
    String opds = atom.replace("inbox.atom", "opds");
    assertThat(mvc.perform(get(opds)).andReturn().getResponse().getContentAsString()).contains(title)
        .contains("kind=acquisition");

    String renewed = URI.create(page(post("/account/subscriptions/feed").with(accounts.as(reader)))
        .select("#private-atom").text()).getPath();
    MockHttpServletResponse stale = mvc.perform(get(atom)).andReturn().getResponse();
    assertThat(stale.getStatus()).isEqualTo(404);
    assertThat(stale.getContentAsString()).doesNotContain(title);
    assertThat(mvc.perform(get(renewed)).andReturn().getResponse().getStatus()).isEqualTo(200);
    assertThat(mvc.perform(get("/subscriptions/feeds/not-a-key/inbox.atom")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void unsubscribingStopsTheNews() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    long id = subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.user(writer.getUserName())).id();
    Document list = page(get("/account/subscriptions").with(accounts.as(reader)));
    assertThat(list.select("ul.subscriptions li a").eachText()).containsExactly(writer.getUserName());

    mvc.perform(post("/subscriptions/{id}/delete", id).param("user", writer.getUserName()).with(accounts.as(reader)));
    postWork(writer, Postings.valid("Unheard " + Postings.word()).build(), false);

    assertThat(inbox.page(Viewer.of(reader), 1).total()).isZero();
    assertThat(subscriptions.list(Viewer.of(reader))).isEmpty();
  }

  private long postWork(Account writer, WorkFields fields, boolean draft) {
    return posting.post(Viewer.of(writer), new NewWork(fields,
        List.of(ChapterText.plain("One", "Neutral words about the sea and the shore.")), draft));
  }

  private String title(long work) {
    return jdbc.queryForObject("select title from work where id = ?", String.class, work);
  }

  private List<String> headlines(Account reader) {
    return inbox.page(Viewer.of(reader), 1).notices().stream().map(Notice::headline).toList();
  }

  /** The inbox once the saved searches ran and found something, waiting up to 10 s for the index. */
  private List<String> searchedUntilFound(Account reader) throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    while (delivery.runSearches() == 0 && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    return headlines(reader);
  }

  private void assertRefused(String token, String body, int status, String message) throws Exception {
    MockHttpServletResponse response = api(post("/api/v1/subscriptions"), token, body);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    assertThat(json.readTree(response.getContentAsString()).get("message").asString()).as(body).contains(message);
  }

  private MockHttpServletResponse api(MockHttpServletRequestBuilder request,
      String token, String body) throws Exception {
    request.header("Authorization", "Bearer " + token);
    if (body != null) {
      request.contentType("application/json").content(body);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private Document page(MockHttpServletRequestBuilder request)
      throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  /** Sends a form as {@code as}, which must answer with a redirect to {@code expected}, and opens that page as they would. */
  private Document followed(MockHttpServletRequestBuilder form, Account as, String expected) throws Exception {
    assertThat(mvc.perform(form.with(accounts.as(as))).andReturn().getResponse().getRedirectedUrl()).isEqualTo(expected);
    return page(get(expected).with(accounts.as(as)));
  }
}
