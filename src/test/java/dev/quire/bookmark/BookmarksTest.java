package dev.quire.bookmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.mute.BoundaryKind;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.SeriesChoice;
import dev.quire.posting.WorkPosting;
import dev.quire.stats.CountsChanged;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bookmarks as AO3 readers keep them, through the pages: the work page's Bookmark button and its
 * form, one bookmark per reader and work, a reader's bookmarks with their filters, who sees a
 * private one, what a deleted work leaves, and what the allowlist keeps of notes.
 */
@RecordApplicationEvents
class BookmarksTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired ApplicationEvents events;
  @Autowired Boundaries boundaries;
  @Autowired JdbcTemplate jdbc;

  Account writer;
  Account reader;
  String word;
  long work;

  @BeforeEach
  void aPostedWork() {
    writer = accounts.create();
    reader = accounts.create();
    word = Postings.word();
    work = posted("Lighthouse " + word, "Original Work", false);
  }

  @Test
  void aReaderBookmarksAWorkFromItsPageAndBookmarkingItAgainEditsTheSameBookmark() throws Exception {
    Element button = page(get("/works/{id}", work).with(accounts.as(reader))).selectFirst("#feedback a#bookmark-work");
    assertThat(button.attr("href")).isEqualTo("/works/" + work + "/bookmarks/new");
    assertThat(page(get(button.attr("href")).with(accounts.as(reader))).select("#bookmark-form button").text())
        .isEqualTo("Create");

    bookmark(reader, "<p>Read on a stormy night " + word + "</p>", "comfort, stormy", true, false);
    Document form = page(get("/works/{id}/bookmarks/new", work).with(accounts.as(reader)));
    assertThat(form.select("#bookmark-form button").text()).isEqualTo("Update");
    assertThat(form.select("#bookmark-tags").val()).isEqualTo("comfort, stormy");
    assertThat(form.select("#bookmark-rec").hasAttr("checked")).isTrue();
    bookmark(reader, "Read again " + word, "comfort", false, false);

    Document shelf = page(get("/users/{u}/bookmarks", reader.getUserName()));
    assertThat(shelf.select("li.bookmark.blurb")).hasSize(1);
    Element only = shelf.selectFirst("li.bookmark.blurb");
    assertThat(only.select("h4.heading a").first().text()).isEqualTo("Lighthouse " + word);
    assertThat(only.select("blockquote.notes").text()).isEqualTo("Read again " + word);
    assertThat(only.select("div.user ul.tags li").eachText()).containsExactly("comfort");
    assertThat(only.select(".rec")).isEmpty();
  }

  @Test
  void aPrivateBookmarkNeverCountsAndOnlyItsOwnerSeesIt() throws Exception {
    bookmark(reader, "Mine alone " + word, "", false, true);
    assertThat(page(get("/works/{id}", work)).select("dd.bookmarks").text()).isEqualTo("0");
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName()).with(accounts.as(reader)))
        .select("li.bookmark.blurb .private").text()).isEqualTo("Private bookmark");
    for (Account someone : List.of(writer, accounts.create(Role.ADMIN))) {
      assertThat(page(get("/users/{u}/bookmarks", reader.getUserName()).with(accounts.as(someone))).text())
          .doesNotContain("Mine alone");
    }
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName())).select("li.bookmark.blurb")).isEmpty();

    bookmark(reader, "Shared now " + word, "", false, false);
    assertThat(page(get("/works/{id}", work)).select("dd.bookmarks").text()).isEqualTo("1");
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName())).select("li.bookmark.blurb blockquote.notes").text())
        .isEqualTo("Shared now " + word);
  }

  @Test
  void aWorksBookmarkCountFollowsItsPublicBookmarks() throws Exception {
    bookmark(reader, "", "", false, false);
    Account second = accounts.create();
    bookmark(second, "", "", false, false);
    assertThat(page(get("/works/{id}", work)).select("dd.bookmarks").text()).isEqualTo("2");

    long id = bookmarkId(second);
    mvc.perform(post("/bookmarks/{id}/delete", id).with(accounts.as(reader))).andExpect(status().isForbidden());
    mvc.perform(post("/bookmarks/{id}/delete", id).with(accounts.as(second))).andExpect(status().is3xxRedirection());
    assertThat(page(get("/works/{id}", work)).select("dd.bookmarks").text()).isEqualTo("1");
    assertThat(page(get("/users/{u}/bookmarks", second.getUserName())).select("li.bookmark.blurb")).isEmpty();
    assertThat(events.stream(CountsChanged.class).filter(e -> e.workId() == work)).hasSize(3);
  }

  @Test
  void aClosedAccountsBookmarksGoWithItAndNoLongerCount() throws Exception {
    Account leaving = accounts.create("a leaving passphrase");
    bookmark(leaving, "Farewell " + word, "", false, false);
    assertThat(page(get("/works/{id}", work)).select("dd.bookmarks").text()).isEqualTo("1");

    mvc.perform(post("/account/delete").param("password", "a leaving passphrase").param("works", "ORPHAN_AS_ORPHAN_ACCOUNT").param("confirm", "yes")
        .with(accounts.as(leaving))).andExpect(status().isOk());
    assertThat(page(get("/works/{id}", work)).select("dd.bookmarks").text()).isEqualTo("0");
  }

  @Test
  void aBookmarkOfADeletedWorkKeepsItsNotes() throws Exception {
    bookmark(reader, "<p>The keeper's log " + word + "</p>", "lost", false, false);
    posting.delete(Viewer.of(writer), work);

    Element gone = page(get("/users/{u}/bookmarks", reader.getUserName())).selectFirst("li.bookmark.blurb");
    assertThat(gone.select(".deleted h4").text()).isEqualTo("Lighthouse " + word);
    assertThat(gone.select(".deleted .message").text()).isEqualTo("This work has been deleted.");
    assertThat(gone.select("blockquote.notes").text()).isEqualTo("The keeper's log " + word);
    assertThat(gone.select("div.user ul.tags li").eachText()).containsExactly("lost");

    mvc.perform(post("/bookmarks/{id}/delete", Long.parseLong(gone.id().replace("bookmark_", "")))
        .with(accounts.as(reader))).andExpect(status().is3xxRedirection());
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName())).select("li.bookmark.blurb")).isEmpty();
  }

  @Test
  void scriptInNotesNeverSurvivesButTheAllowedMarkupDoes() throws Exception {
    bookmark(reader, "<p onclick=\"steal()\">A <em>fine</em> read<script>alert(1)</script> " + word
        + "<img src=x onerror=alert(2)></p>", "", false, false);
    Element notes = page(get("/users/{u}/bookmarks", reader.getUserName())).selectFirst("blockquote.notes");
    assertThat(notes.select("script")).isEmpty();
    assertThat(notes.html()).doesNotContain("onclick", "onerror", "alert");
    assertThat(notes.select("em").text()).isEqualTo("fine");
  }

  @Test
  void tooLongNotesOrTagsAreRefusedBesideTheirFieldAndWhatWasWrittenIsKept() throws Exception {
    MockHttpServletResponse refused = mvc.perform(post("/works/{id}/bookmarks", work)
        .param("notes", "n".repeat(5_001)).param("tags", "kept, " + "t".repeat(151)).with(accounts.as(reader)))
        .andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    Document form = Jsoup.parse(refused.getContentAsString());
    assertThat(form.select("#notes-error").text()).isEqualTo("Notes may be at most 5,000 characters long (these are 5,001).");
    assertThat(form.select("#tags-error").text()).isEqualTo("A tag may be at most 150 characters long.");
    assertThat(form.select("#bookmark-tags").val()).startsWith("kept, ttt");
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName())).select("li.bookmark.blurb")).isEmpty();

    bookmark(reader, "n".repeat(5_000), "", false, false);
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName())).select("li.bookmark.blurb")).hasSize(1);
  }

  @Test
  void aReadersBookmarksAreFilteredByTheirTagByRecsAndByFandom() throws Exception {
    long other = posted("Harbour " + word, "Moby Dick", false);
    bookmark(reader, "first", "sea, Comfort", true, false);
    bookmark(reader, other, "second", "sea", false);

    assertThat(titles(get("/users/{u}/bookmarks", reader.getUserName())))
        .containsExactlyInAnyOrder("Lighthouse " + word, "Harbour " + word);
    assertThat(titles(get("/users/{u}/bookmarks", reader.getUserName()).param("tag", "comfort")))
        .containsExactly("Lighthouse " + word);
    assertThat(titles(get("/users/{u}/bookmarks", reader.getUserName()).param("rec", "true")))
        .containsExactly("Lighthouse " + word);
    assertThat(titles(get("/users/{u}/bookmarks", reader.getUserName()).param("fandom", "moby dick")))
        .containsExactly("Harbour " + word);
  }

  @Test
  void nobodySeesABookmarkOfAWorkTheyMayNotReadNorBookmarksOneTheyMayNotRead() throws Exception {
    long restricted = work(Postings.valid("Keep " + word).restricted(true).build(), false);
    bookmark(reader, restricted, "behind the door", "", false);
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName())).text()).doesNotContain("behind the door");
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName()).with(accounts.as(writer))).text())
        .contains("behind the door");

    long draft = work(Postings.valid("Draft " + word).build(), true);
    mvc.perform(get("/works/{id}/bookmarks/new", draft).with(accounts.as(reader))).andExpect(status().isNotFound());
    mvc.perform(post("/works/{id}/bookmarks", draft).with(accounts.as(writer))).andExpect(status().isForbidden());
    assertThat(mvc.perform(post("/works/{id}/bookmarks", work).with(TestAccounts.csrf())).andReturn().getResponse()
        .getRedirectedUrl()).endsWith("/users/login");
    assertThat(page(get("/works/{id}", work)).select("a#bookmark-work")).isEmpty();
    mvc.perform(get("/users/{u}/bookmarks", "nobody-" + word)).andExpect(status().isNotFound());
  }

  @Test
  void aReadersBookmarksComeTwentyAPageWithTheirTotal() throws Exception {
    for (int i = 0; i < 23; i++) {
      bookmark(reader, posted("Shelf " + i + " " + word, "Original Work", false), "", "", false);
    }
    Document first = page(get("/users/{u}/bookmarks", reader.getUserName()));
    assertThat(first.select("li.bookmark.blurb")).hasSize(20);
    assertThat(first.select("h2.heading").text()).isEqualTo("23 Bookmarks by " + reader.getUserName());
    String next = first.select("nav.pagination a[rel=next]").attr("href");
    assertThat(next).contains("page=2");
    assertThat(titles(get(next))).hasSize(3).contains("Shelf 0 " + word);
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName()).param("page", "x")).select("li.bookmark.blurb"))
        .as("a page that is not a number is the first").hasSize(20);
  }

  @Test
  void aMutedCreatorsWorksLeaveOtherReadersBookmarksForTheMuter() throws Exception {
    Account muter = accounts.create();
    Account quietWriter = accounts.create();
    long quiet = posting.post(Viewer.of(quietWriter), new NewWork(Postings.valid("Quiet " + word).build(),
        List.of(ChapterText.plain("One", "Still water.")), false));
    bookmark(reader, "loud one", "", false, false);
    bookmark(reader, quiet, "quiet one", "", false);
    boundaries.add(Viewer.of(muter), BoundaryKind.MUTE, writer.getUserName());

    assertThat(titles(get("/users/{u}/bookmarks", reader.getUserName()).with(accounts.as(muter))))
        .containsExactly("Quiet " + word);
    assertThat(titles(get("/users/{u}/bookmarks", reader.getUserName()))).hasSize(2);

    bookmark(muter, quiet, "mine", "", false);
    boundaries.add(Viewer.of(muter), BoundaryKind.MUTE, quietWriter.getUserName());
    assertThat(titles(get("/users/{u}/bookmarks", muter.getUserName()).with(accounts.as(muter))))
        .as("one's own list shows all one bookmarked").containsExactly("Quiet " + word);
  }

  @Test
  void aReaderBookmarksASeriesFromItsPageAndItsBookmarkOutlivesIt() throws Exception {
    String title = "Tides " + word;
    long first = work(Postings.valid("First tide").series(new SeriesChoice(title, null)).build(), false);
    work(Postings.valid("Second tide").series(new SeriesChoice(title, null)).build(), false);
    long series = jdbc.queryForObject("select series_id from series_work where work_id = ?", Long.class, first);
    assertThat(page(get("/series/{id}", series).with(accounts.as(reader))).select("a#bookmark-series").attr("href"))
        .isEqualTo("/series/" + series + "/bookmarks/new");

    MockHttpServletResponse saved = mvc.perform(post("/series/{id}/bookmarks", series).param("notes", "<p>Both halves</p>")
        .param("tags", "sea").with(accounts.as(reader))).andReturn().getResponse();
    assertThat(saved.getRedirectedUrl()).isEqualTo("/users/" + reader.getUserName() + "/bookmarks");
    Document shelf = page(get("/users/{u}/bookmarks", reader.getUserName()));
    assertThat(shelf.select("li.bookmark.blurb div.series h4.heading a").first().text()).isEqualTo(title);
    assertThat(shelf.select("li.bookmark.blurb div.series dd.works").text()).isEqualTo("2");
    assertThat(shelf.select("blockquote.notes").text()).isEqualTo("Both halves");
    mvc.perform(post("/series/{id}/bookmarks", series).param("notes", "Again").with(accounts.as(reader)));
    assertThat(page(get("/users/{u}/bookmarks", reader.getUserName())).select("li.bookmark.blurb"))
        .as("one bookmark per reader and series").hasSize(1);

    jdbc.update("delete from series where id = ?", series);
    Document after = page(get("/users/{u}/bookmarks", reader.getUserName()));
    assertThat(after.select("div.deleted p.message").text()).isEqualTo("This series has been deleted.");
    assertThat(after.select("blockquote.notes").text()).isEqualTo("Again");
  }

  private long posted(String title, String fandom, boolean draft) {
    return work(Postings.valid(title).fandoms(List.of(fandom)).build(), draft);
  }

  private long work(dev.quire.posting.WorkFields fields, boolean draft) {
    return posting.post(Viewer.of(writer), new NewWork(fields, List.of(ChapterText.plain("One", "The light turned.")), draft));
  }

  private void bookmark(Account account, String notes, String tags, boolean rec, boolean isPrivate) throws Exception {
    bookmark(account, work, notes, tags, rec, isPrivate);
  }

  private void bookmark(Account account, long workId, String notes, String tags, boolean isPrivate) throws Exception {
    bookmark(account, workId, notes, tags, false, isPrivate);
  }

  private void bookmark(Account account, long workId, String notes, String tags, boolean rec, boolean isPrivate)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/works/{id}/bookmarks", workId).param("notes", notes)
        .param("tags", tags).param("rec", Boolean.toString(rec)).param("private", Boolean.toString(isPrivate))
        .with(accounts.as(account))).andReturn().getResponse();
    assertThat(response.getStatus()).as("bookmarked: " + response.getErrorMessage()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).isEqualTo("/users/" + account.getUserName() + "/bookmarks");
  }

  private long bookmarkId(Account account) throws Exception {
    return Long.parseLong(page(get("/users/{u}/bookmarks", account.getUserName()).with(accounts.as(account)))
        .selectFirst("li.bookmark.blurb").id().replace("bookmark_", ""));
  }

  private List<String> titles(MockHttpServletRequestBuilder request) throws Exception {
    return page(request).select("li.bookmark.blurb li.work h4.heading > a[href^=/works/]").eachText();
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }
}
