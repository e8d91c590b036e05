package dev.quire.mute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.AccessTokens;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.bookmark.BookmarkForm;
import dev.quire.bookmark.Bookmarks;
import dev.quire.bookmark.ShownBookmark;
import dev.quire.posting.Postings;
import dev.quire.posting.SeriesChoice;
import dev.quire.posting.WorkPosting;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkSummary;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * AO3's mute and block, enforced on the server: a muted creator's works leave every list the muter
 * is shown (searches with their totals and facets, the works list, the home page) while their own
 * pages and works' addresses still open; a muted commenter's comments keep only their place; a
 * blocked reader leaves no kudos or comments on the blocker's works and no replies to their comments.
 */
class MuteAndBlockTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired WorkQuery query;
  @Autowired WorkCatalog catalog;
  @Autowired AccessTokens tokens;
  @Autowired JdbcTemplate jdbc;
  @Autowired Boundaries boundaries;
  @Autowired Bookmarks bookmarks;

  Account muted;
  Account other;
  Account reader;
  String fandom;

  @BeforeEach
  void threePeople() {
    muted = accounts.create();
    other = accounts.create();
    reader = accounts.create();
    fandom = "Mutes " + Postings.word();
  }

  @Test
  void mutingTheSamePersonTwiceAtOnceMakesOneMuteAndNoError() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<Boolean> mute = () -> {
      together.await();
      return boundaries.add(Viewer.of(reader), BoundaryKind.MUTE, muted.getUserName());
    };
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Boolean> made = new ArrayList<>();
      for (Future<Boolean> each : two.invokeAll(List.of(mute, mute))) {
        made.add(each.get());
      }
      assertThat(made).containsExactlyInAnyOrder(true, false);
    } finally {
      two.shutdown();
    }
    assertThat(boundaries.list(Viewer.of(reader), BoundaryKind.MUTE)).containsExactly(muted.getUserName());
  }

  @Test
  void aMutedCreatorsWorksNeverCountInTotals() throws Exception {
    loudAndQuietWorks();
    mute(reader, muted);

    WorkHits seen = query.search(Viewer.of(reader), inFandom());
    assertThat(seen.total()).isEqualTo(2);
    assertThat(seen.works()).extracting(WorkSummary::title).allMatch(title -> title.startsWith("Quiet"));
    assertThat(seen.facets().get(TagKind.FANDOM)).singleElement()
        .satisfies(facet -> assertThat(facet.count()).isEqualTo(2));
    assertThat(seen.facets().get(TagKind.CHARACTER)).extracting(WorkHits.FacetCount::name)
        .containsExactly("Character Quiet " + fandom);
    assertThat(query.search(Viewer.guest(), inFandom()).total()).isEqualTo(5);

    Document works = page(get("/works/search").param("q", "fandom:\"" + fandom + "\"").with(accounts.as(reader)));
    assertThat(works.text()).doesNotContain("Loud 0").doesNotContain("Loud 2").contains("Quiet 1");
    String slug = TagSlug.encode(fandom);
    Document tagPage = page(get("/tags/{slug}/works", slug).with(accounts.as(reader)));
    assertThat(tagPage.text()).doesNotContain("Loud 1").contains("Quiet 0");
    String feed = mvc.perform(get("/tags/{slug}/feed.atom", slug).with(accounts.as(reader)))
        .andReturn().getResponse().getContentAsString();
    assertThat(feed).doesNotContain("Loud 1").contains("Quiet 0");
    assertThat(mvc.perform(get("/tags/{slug}/feed.atom", slug)).andReturn().getResponse().getContentAsString())
        .contains("Loud 1");
    assertThat(catalog.recent(Viewer.of(reader), 50)).extracting(WorkSummary::title)
        .noneMatch(title -> title.startsWith("Loud ") && title.endsWith(fandom));
  }

  @Test
  void aMutedCreatorsWorksNeverCountInFandomCountsOrShowOnTheHomePage() throws Exception {
    loudAndQuietWorks();
    mute(reader, muted);

    assertThat(fandomCount(page(get("/fandoms").with(accounts.as(reader))))).isEqualTo("(2)");
    assertThat(fandomCount(page(get("/fandoms")))).isEqualTo("(5)");
    assertThat(titles(page(get("/").with(accounts.as(reader)))))
        .contains("Quiet 1 " + fandom).noneMatch(title -> title.startsWith("Loud ") && title.endsWith(fandom));
    assertThat(titles(page(get("/")))).contains("Loud 2 " + fandom);
  }

  @Test
  void aReadingAppWithTheMutersKeyListsNoMutedWorksInOpdsOrFeeds() throws Exception {
    loudAndQuietWorks();
    mute(reader, muted);
    String key = tokens.issue(Viewer.of(reader), "e-reader", false).token();
    String basic = "Basic " + Base64.getEncoder().encodeToString(
        (reader.getUserName() + ":" + key).getBytes(StandardCharsets.UTF_8));
    String slug = TagSlug.encode(fandom);
    String query = "fandom:\"" + fandom + "\"";

    for (MockHttpServletRequestBuilder feed : List.of(
        get("/opds/search").param("q", query), get("/opds/tags/fandom/{slug}", slug),
        get("/tags/{slug}/feed.atom", slug), get("/works/feed.atom"))) {
      String asGuest = body(feed);
      assertThat(asGuest).as("a guest's %s", feed).contains("Loud 2 " + fandom);
      for (String credentials : List.of(basic, "Bearer " + key)) {
        String asReader = body(feed.header("Authorization", credentials));
        assertThat(asReader).as("%s read with the reader's key", feed)
            .contains("Quiet 1 " + fandom).doesNotContain("Loud 0 " + fandom).doesNotContain("Loud 2 " + fandom);
      }
    }
    assertThat(opdsFandomEntry(basic)).as("the fandom in the OPDS list of fandoms, read with the key")
        .contains("2 works");
    assertThat(opdsFandomEntry(null)).as("the same, a guest's").contains("5 works");
  }

  /** The test fandom's entry in the OPDS fandoms list, page after page until it is found. */
  private String opdsFandomEntry(String credentials) throws Exception {
    for (int page = 1; page <= 100; page++) {
      MockHttpServletRequestBuilder request = get("/opds/tags/fandom").param("page", String.valueOf(page));
      String feed = body(credentials == null ? request : request.header("Authorization", credentials));
      int at = feed.indexOf("<title>" + fandom + "</title>");
      if (at >= 0) {
        return feed.substring(at, feed.indexOf("</entry>", at));
      }
      if (!feed.contains("rel=\"next\"")) {
        break;
      }
    }
    throw new AssertionError("the OPDS list of fandoms has no " + fandom);
  }

  @Test
  void aMutedCreatorsWorksAndSeriesLeaveAnotherReadersBookmarks() {
    String seriesTitle = "Loud Saga " + fandom;
    long loud = posting.post(Viewer.of(muted), Postings.oneChapter(Postings.valid("Loud Part " + fandom)
        .fandoms(List.of(fandom)).series(new SeriesChoice(seriesTitle, null)).build(), "The bells rang.", false));
    long quiet = postWork(other, "Quiet Pick", "Character Quiet " + fandom);
    long series = jdbc.queryForObject("select series_id from series_work where work_id = ?", Long.class, loud);
    Account bookmarker = accounts.create();
    bookmarks.save(Viewer.of(bookmarker), loud, BookmarkForm.typed(null, "", false, false));
    bookmarks.saveSeries(Viewer.of(bookmarker), series, BookmarkForm.typed(null, "", false, false));
    bookmarks.save(Viewer.of(bookmarker), quiet, BookmarkForm.typed(null, "", false, false));
    mute(reader, muted);

    assertThat(bookmarks.ofUser(Viewer.of(reader), bookmarker.getUserName(), Bookmarks.Filter.ALL, 1).orElseThrow()
        .bookmarks()).extracting(ShownBookmark::workTitle).containsExactly("Quiet Pick " + fandom);
    assertThat(bookmarks.ofUser(Viewer.guest(), bookmarker.getUserName(), Bookmarks.Filter.ALL, 1).orElseThrow()
        .bookmarks()).extracting(ShownBookmark::workTitle)
        .containsExactlyInAnyOrder("Quiet Pick " + fandom, seriesTitle, "Loud Part " + fandom);
  }

  @Test
  void aPageOfTwentyShowsTwentyWhenTheFirstPageWasAllMuted() {
    // Older works first, so that the muted creator's twenty are the newest: the whole first page.
    for (int i = 0; i < 25; i++) {
      postWork(other, "Older " + i, "Character Quiet " + fandom);
    }
    for (int i = 0; i < 20; i++) {
      postWork(muted, "Newer " + i, "Character Loud " + fandom);
    }
    assertThat(query.search(Viewer.of(reader), inFandom()).works()).extracting(WorkSummary::title)
        .allMatch(title -> title.startsWith("Newer"));

    mute(reader, muted);

    WorkHits first = query.search(Viewer.of(reader), inFandom());
    assertThat(first.works()).hasSize(WorkSearch.PAGE_SIZE);
    assertThat(first.works()).extracting(WorkSummary::title).allMatch(title -> title.startsWith("Older"));
    assertThat(first.total()).isEqualTo(25);
  }

  @Test
  void aMutedCreatorsOwnPageStillShowsTheirWorksWithAWayToUnmute() throws Exception {
    long work = postWork(muted, "Own page", "Character Loud " + fandom);
    mute(reader, muted);

    Document page = page(get("/users/{user}/works", muted.getUserName()).with(accounts.as(reader)));
    assertThat(page.select("p.notice.muted").text()).startsWith("You have muted this user");
    assertThat(page.select("ul.boundary button").eachText()).containsExactly("Unmute", "Block");
    assertThat(page.text()).contains("Own page " + fandom);
    mvc.perform(get("/works/{id}", work).with(accounts.as(reader))).andExpect(status().isOk());

    mvc.perform(post("/account/mutes/{user}/delete", muted.getUserName()).with(accounts.as(reader)))
        .andExpect(status().is3xxRedirection());
    assertThat(query.search(Viewer.of(reader), inFandom()).total()).isEqualTo(1);
  }

  @Test
  void aMutedUsersCommentKeepsItsPlaceButNotItsWordsOrName() throws Exception {
    long work = postWork(other, "Commented", "Character Quiet " + fandom);
    long comment = commentId(mvc.perform(post("/works/{id}/comments", work).param("body", "Loud words " + fandom)
        .with(accounts.as(muted))).andReturn().getResponse());
    mute(reader, muted);

    Document seen = page(get("/works/{id}/comments", work).with(accounts.as(reader)));
    assertThat(seen.select("#comment_" + comment + " p.muted-comment").text()).isEqualTo("(A comment by a user you muted.)");
    assertThat(seen.select("#comment_" + comment + " h4.byline").text()).startsWith("(Muted user)");
    assertThat(seen.text()).doesNotContain("Loud words").doesNotContain(muted.getUserName());
    assertThat(page(get("/works/{id}/comments", work)).select("#comment_" + comment + " blockquote").text())
        .isEqualTo("Loud words " + fandom);
  }

  @Test
  void aBlockedReaderCannotCommentOrLeaveKudos() throws Exception {
    long work = postWork(other, "Blocked from", "Character Quiet " + fandom);
    String blocker = token(other);
    mvc.perform(post("/api/v1/me/blocks/{user}", reader.getUserName()).header("Authorization", blocker))
        .andExpect(status().isCreated());

    assertThat(mvc.perform(post("/works/{id}/kudos", work).with(accounts.as(reader)))
        .andExpect(status().isForbidden()).andReturn().getResponse().getErrorMessage())
        .startsWith("Sorry, you have been blocked by one or more of this work's creators");
    assertThat(mvc.perform(post("/api/v1/works/{id}/kudos", work).header("Authorization", token(reader)))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
        .contains("you have been blocked");
    assertThat(mvc.perform(post("/works/{id}/comments", work).param("body", "Let me in " + fandom)
        .with(accounts.as(reader))).andExpect(status().isForbidden()).andReturn().getResponse().getErrorMessage())
        .startsWith("Sorry, you have been blocked by one or more of this work's creators");
    Document page = page(get("/works/{id}", work).with(accounts.as(reader)));
    assertThat(page.select("#kudo_submit")).isEmpty();

    // Nor a reply to the blocker's comment on someone else's work.
    long elsewhere = postWork(muted, "Elsewhere", "Character Loud " + fandom);
    long theirs = commentId(mvc.perform(post("/works/{id}/comments", elsewhere).param("body", "Mine " + fandom)
        .with(accounts.as(other))).andReturn().getResponse());
    assertThat(mvc.perform(post("/comments/{id}/replies", theirs).param("body", "A reply " + fandom)
        .with(accounts.as(reader))).andExpect(status().isForbidden()).andReturn().getResponse().getErrorMessage())
        .isEqualTo("Sorry, you have been blocked by this comment's author: you can't reply to it.");
    // The page offers no Reply on the blocker's comment, and still does on someone else's.
    long someoneElses = commentId(mvc.perform(post("/works/{id}/comments", elsewhere).param("body", "Also mine " + fandom)
        .with(accounts.as(muted))).andReturn().getResponse());
    Document comments = page(get("/works/{id}/comments", elsewhere).with(accounts.as(reader)));
    assertThat(comments.select("#comment_" + theirs + " > ul.actions a").eachText()).containsExactly("Thread");
    assertThat(comments.select("#comment_" + someoneElses + " > ul.actions a").eachText()).containsExactly("Thread", "Reply");
    // Others still may, and the blocked reader may once unblocked.
    mvc.perform(post("/works/{id}/kudos", work).with(accounts.as(accounts.create())))
        .andExpect(status().is3xxRedirection());
    mvc.perform(delete("/api/v1/me/blocks/{user}", reader.getUserName()).header("Authorization", blocker))
        .andExpect(status().isNoContent());
    mvc.perform(post("/works/{id}/kudos", work).with(accounts.as(reader))).andExpect(status().is3xxRedirection());
  }

  @Test
  void muteOneselfIsRefused() throws Exception {
    String token = token(reader);
    assertThat(mvc.perform(post("/api/v1/me/mutes/{user}", reader.getUserName()).header("Authorization", token))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString())
        .contains("You can't mute yourself.");
    Document page = page(post("/account/blocks").param("name", reader.getUserName()).with(accounts.as(reader)),
        422);
    assertThat(page.select("#boundary-problem").text()).isEqualTo("You can't block yourself.");
    mvc.perform(post("/api/v1/me/mutes/{user}", "no-one-" + fandom.hashCode()).header("Authorization", token))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/me/mutes/{user}", "orphan_account").header("Authorization", token))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(get("/api/v1/me/mutes").header("Authorization", token))
        .andExpect(status().isOk())
        .andExpect(result -> assertThat(JsonMapper.builder().build().readTree(result.getResponse().getContentAsString())
            .get("users").isEmpty()).isTrue());
  }

  @Test
  void anAccountMutesTwoThousandUsersAndNoMore() throws Exception {
    String prefix = reachTheLimit(BoundaryKind.MUTE);
    String token = token(reader);

    assertThat(mvc.perform(post("/api/v1/me/mutes/{user}", muted.getUserName()).header("Authorization", token))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString())
        .contains("You have muted 2,000 users, the most you can: unmute someone first.");
    mvc.perform(post("/api/v1/me/blocks/{user}", muted.getUserName()).header("Authorization", token))
        .andExpect(status().isCreated());
    mvc.perform(delete("/api/v1/me/mutes/{user}", prefix + "-7").header("Authorization", token))
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/v1/me/mutes/{user}", muted.getUserName()).header("Authorization", token))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/me/mutes/{user}", muted.getUserName()).header("Authorization", token))
        .andExpect(status().isOk());
  }

  @Test
  void anAccountBlocksTwoThousandUsersAndNoMore() throws Exception {
    String prefix = reachTheLimit(BoundaryKind.BLOCK);
    String token = token(reader);

    assertThat(mvc.perform(post("/api/v1/me/blocks/{user}", muted.getUserName()).header("Authorization", token))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString())
        .contains("You have blocked 2,000 users, the most you can: unblock someone first.");
    assertThat(jdbc.queryForObject("select count(*) from account_boundary where account_id = ? and kind = 'BLOCK'",
        Integer.class, reader.getId())).isEqualTo(BoundaryKind.LIMIT);
    mvc.perform(post("/api/v1/me/mutes/{user}", muted.getUserName()).header("Authorization", token))
        .andExpect(status().isCreated());
    mvc.perform(delete("/api/v1/me/blocks/{user}", prefix + "-7").header("Authorization", token))
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/v1/me/blocks/{user}", muted.getUserName()).header("Authorization", token))
        .andExpect(status().isCreated());
  }

  /**
   * Gives the reader {@link BoundaryKind#LIMIT} boundaries of {@code kind} on new accounts, written
   * directly; the accounts' names are the returned prefix, "-" and 0 to LIMIT - 1.
   */
  private String reachTheLimit(BoundaryKind kind) {
    List<Object[]> rows = new ArrayList<>();
    String prefix = kind.verb() + Long.toString(System.nanoTime(), 36);
    Timestamp now = Timestamp.from(Instant.now());
    for (int i = 0; i < BoundaryKind.LIMIT; i++) {
      String name = prefix + "-" + i;
      rows.add(new Object[] {name, name.toLowerCase(Locale.ROOT), now});
    }
    jdbc.batchUpdate("insert into account (user_name, user_key, created_at) values (?, ?, ?)", rows);
    jdbc.update("insert into account_boundary (account_id, other_id, kind, created_at)"
        + " select ?, id, ?, ? from account where user_name like ?", reader.getId(), kind.name(), now, prefix + "-%");
    return prefix;
  }

  /** Three works by the one to be muted, then two by someone else, in the test's fandom. */
  private void loudAndQuietWorks() {
    for (int i = 0; i < 3; i++) {
      postWork(muted, "Loud " + i, "Character Loud " + fandom);
    }
    for (int i = 0; i < 2; i++) {
      postWork(other, "Quiet " + i, "Character Quiet " + fandom);
    }
  }

  /** The count beside the test's fandom on the fandoms page. */
  private String fandomCount(Document fandoms) {
    return fandoms.select("li:has(> a.tag:containsOwn(" + fandom + ")) > .count").text();
  }

  private static List<String> titles(Document page) {
    return page.select("li.blurb h4 a:first-child, li.work h4 a:first-child").eachText();
  }

  private String body(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as("%s", request).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private long postWork(Account creator, String title, String character) {
    return posting.post(Viewer.of(creator), Postings.oneChapter(
        Postings.valid(title + " " + fandom).fandoms(List.of(fandom)).characters(List.of(character)).build(),
        "The bells rang over the square.", false));
  }

  private void mute(Account muter, Account mutedOne) {
    try {
      mvc.perform(post("/account/mutes").param("name", mutedOne.getUserName()).with(accounts.as(muter)))
          .andExpect(status().is3xxRedirection());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private WorkSearch inFandom() {
    return WorkSearch.of("fandom:\"" + fandom + "\"");
  }

  private String token(Account account) {
    return "Bearer " + tokens.issue(Viewer.of(account), "mutes", true).token();
  }

  private static long commentId(MockHttpServletResponse response) {
    assertThat(response.getStatus()).as("the comment was posted: " + response.getErrorMessage()).isEqualTo(302);
    return Long.parseLong(response.getRedirectedUrl().replaceAll("^/comments/(\\d+)#.*$", "$1"));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return page(request, 200);
  }

  private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
