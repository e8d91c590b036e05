package dev.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.stats.CountsChanged;
import dev.quire.work.WorkCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Comments as AO3 readers leave them, through the pages: threads to five levels and a page per
 * thread beyond, who may comment, edit and delete, frozen threads, moderated works, hidden
 * comments, and what the spam rules and the allowlist hold back.
 */
@RecordApplicationEvents
class CommentsTest extends ArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository accountRepository;
  @Autowired WorkPosting posting;
  @Autowired WorkCatalog catalog;
  @Autowired ApplicationEvents events;

  Account writer;
  Account reader;
  String word;
  long work;
  long secondChapter;

  @BeforeEach
  void aPostedWorkOfTwoChapters() {
    writer = accounts.create();
    reader = accounts.create();
    word = Postings.word();
    work = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Harbour " + word).build(),
        List.of(ChapterText.plain("One", "The boats came in."), ChapterText.plain("Two", "The boats went out.")), false));
    secondChapter = catalog.details(Viewer.of(writer), work).orElseThrow().chapters().get(1).id();
  }

  @Test
  void aReaderCommentsOnTheWorkAndOnAChapterAndRepliesMakeAThread() throws Exception {
    long first = comment(reader, "What a quiet opening " + word);
    long onChapter = commentId(mvc.perform(post("/works/{id}/comments", work).param("body", "The second chapter " + word)
        .param("chapterId", Long.toString(secondChapter)).with(accounts.as(reader))).andReturn().getResponse());
    long reply = reply(writer, first, "Thank you " + word);

    Document page = page(get("/works/{id}/comments", work));
    assertThat(page.select("#comments_placeholder > li.comment")).hasSize(2);
    Element thread = page.selectFirst("#comment_" + first);
    assertThat(thread.selectFirst("h4.byline a").text()).isEqualTo(reader.getUserName());
    assertThat(thread.select("ol.thread > li#comment_" + reply + " blockquote.userstuff").text()).isEqualTo("Thank you " + word);
    assertThat(page.select("#comment_" + onChapter + " h4 .parent").text()).isEqualTo("on Chapter 2");

    Document chapterPage = page(get("/works/{id}/comments", work).param("chapter", Long.toString(secondChapter)));
    assertThat(chapterPage.select("#comments_placeholder > li.comment")).extracting(Element::id)
        .containsExactly("comment_" + onChapter);
    assertThat(page(get("/works/{id}/chapters/{c}", work, secondChapter).param("view_adult", "true"))
        .select("li.comments a").attr("href")).isEqualTo("/works/" + work + "/comments?chapter=" + secondChapter);
  }

  @Test
  void aThreadShowsFiveLevelsAndDeeperRepliesContinueOnTheCommentsOwnPage() throws Exception {
    long[] chain = new long[7];
    chain[0] = comment(reader, "Level 1 " + word);
    Account other = accounts.create();
    for (int level = 1; level < chain.length; level++) {
      chain[level] = reply(level % 2 == 0 ? reader : other, chain[level - 1], "Level " + (level + 1) + " " + word);
    }

    Document page = page(get("/works/{id}/comments", work));
    assertThat(page.select("#comment_" + chain[4])).hasSize(1);
    assertThat(page.select("#comment_" + chain[5])).isEmpty();
    assertThat(page.select("#comment_" + chain[4] + " > p.continue a").attr("href")).isEqualTo("/comments/" + chain[4]);

    Document continued = page(get("/comments/{id}", chain[4]));
    assertThat(continued.select("#comment_" + chain[6] + " blockquote").text()).isEqualTo("Level 7 " + word);
    assertThat(continued.select("a:contains(Parent thread)").attr("href")).startsWith("/comments/" + chain[3]);
  }

  @Test
  void twentyThreadsMakeAPageAsOnAo3() throws Exception {
    for (int i = 1; i <= 21; i++) {
      Account commenter = i % 3 == 0 ? reader : i % 3 == 1 ? writer : accounts.create();
      comment(commenter, "Thread " + i + " " + word);
    }

    Document first = page(get("/works/{id}/comments", work));
    assertThat(first.select("#comments_placeholder > li.comment")).hasSize(Comments.THREADS_PER_PAGE);
    assertThat(first.select("h3#comments").text()).isEqualTo("21 comment threads");
    Document second = page(get("/works/{id}/comments", work).param("page", "2"));
    assertThat(second.select("#comments_placeholder > li.comment blockquote").text()).isEqualTo("Thread 21 " + word);
  }

  @Test
  void guestsCommentOnlyWhereTheWorksCreatorsLetThemAndTheirAddressIsNeverShown() throws Exception {
    String email = "guest-" + word + "@example.org";
    String refused = mvc.perform(guestComment("A guest's word " + word, "Wanderer", email))
        .andExpect(status().isForbidden()).andReturn().getResponse().getErrorMessage();
    assertThat(refused).contains("doesn't allow non-Archive users to comment");

    mvc.perform(post("/works/{id}/comment_settings", work).param("permission", "everyone").with(accounts.as(reader)))
        .andExpect(status().isForbidden());
    settings(writer, "everyone", false);
    mvc.perform(guestComment("A guest's word " + word, "Wanderer", "")).andExpect(status().isUnprocessableContent());
    long id = commentId(mvc.perform(guestComment("A guest's word " + word, "Wanderer <i>\"the</i>", email))
        .andReturn().getResponse());

    Document page = page(get("/works/{id}/comments", work));
    assertThat(page.select("#comment_" + id + " h4.byline").text()).startsWith("Wanderer <i>\"the</i>");
    assertThat(page.select("#comment_" + id + " h4.byline i")).as("a name is text, never markup").isEmpty();
    assertThat(page.html()).doesNotContain(email);

    settings(writer, "none", false);
    String none = mvc.perform(post("/works/{id}/comments", work).param("body", "Another " + word).with(accounts.as(reader)))
        .andExpect(status().isForbidden()).andReturn().getResponse().getErrorMessage();
    assertThat(none).isEqualTo("Sorry, this work doesn't allow comments.");
    assertThat(page(get("/works/{id}/comments", work)).select("form#add_comment")).isEmpty();
  }

  @Test
  void aGuestWhoLeavesOutTheirAddressIsToldBesideTheField() throws Exception {
    settings(writer, "everyone", false);
    Document refused = Jsoup.parse(mvc.perform(guestComment("Kept text " + word, "", "not an address"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

    assertThat(refused.select("#name-error").text()).isEqualTo("Please tell us your name.");
    assertThat(refused.select("#email-error").text()).contains("does not look like an email address");
    assertThat(refused.select("textarea#comment-body").text()).isEqualTo("Kept text " + word);
  }

  @Test
  void aCommenterEditsAndDeletesTheirOwnCommentAndADeletedOneWithRepliesHoldsItsThread() throws Exception {
    long first = comment(reader, "First thought " + word);
    long reply = reply(writer, first, "An answer " + word);
    Account stranger = accounts.create();

    mvc.perform(post("/comments/{id}", first).param("body", "Not mine " + word).with(accounts.as(stranger)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/comments/{id}/delete", first).with(accounts.as(stranger))).andExpect(status().isForbidden());
    mvc.perform(post("/comments/{id}", first).param("body", "Second thought " + word).with(accounts.as(reader)))
        .andExpect(status().is3xxRedirection());
    Element edited = page(get("/comments/{id}", first)).selectFirst("#comment_" + first);
    assertThat(edited.selectFirst("blockquote").text()).isEqualTo("Second thought " + word);
    assertThat(edited.select("h4 .edited")).hasSize(1);

    mvc.perform(post("/comments/{id}/delete", first).with(accounts.as(reader))).andExpect(status().is3xxRedirection());
    Document page = page(get("/works/{id}/comments", work));
    assertThat(page.select("#comment_" + first + " > p.deleted-comment").text()).isEqualTo("(Previous comment deleted.)");
    assertThat(page.select("#comment_" + first).text()).doesNotContain("Second thought").doesNotContain(reader.getUserName());
    assertThat(page.select("#comment_" + reply + " blockquote").text()).isEqualTo("An answer " + word);

    String refused = mvc.perform(post("/comments/{id}/replies", first).param("body", "Hello? " + word)
        .with(accounts.as(stranger))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getErrorMessage();
    assertThat(refused).isEqualTo("You cannot reply to a comment that has been deleted.");

    mvc.perform(post("/comments/{id}/delete", reply).with(accounts.as(writer))).andExpect(status().is3xxRedirection());
    assertThat(page(get("/works/{id}/comments", work)).select("#comment_" + first + ", #comment_" + reply)).isEmpty();
  }

  @Test
  void theWorksCreatorDeletesAnyCommentAndFreezesAThread() throws Exception {
    long first = comment(reader, "A thread " + word);
    long reply = reply(accounts.create(), first, "A reply " + word);
    long unwanted = comment(accounts.create(), "Rude words " + word);
    Document asCreator = page(get("/works/{id}/comments", work).with(accounts.as(writer)));
    assertThat(asCreator.select("#comment_" + unwanted + " > ul.actions form[method=post]").eachAttr("action"))
        .containsExactly("/comments/" + unwanted + "/delete", "/comments/" + unwanted + "/freeze");
    assertThat(asCreator.select("#comment_" + unwanted + " > ul.actions form input[type=hidden][name=authenticity_token]")
        .eachAttr("value")).as("each button's form carries the session's token").hasSize(2).allMatch(t -> !t.isBlank());

    mvc.perform(post("/comments/{id}/freeze", first).with(accounts.as(reader))).andExpect(status().isForbidden());
    mvc.perform(post("/comments/{id}/freeze", first).with(accounts.as(writer))).andExpect(status().is3xxRedirection());
    mvc.perform(post("/comments/{id}/delete", unwanted).with(accounts.as(writer))).andExpect(status().is3xxRedirection());

    String refused = mvc.perform(post("/comments/{id}/replies", reply).param("body", "Late " + word)
        .with(accounts.as(reader))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getErrorMessage();
    assertThat(refused).isEqualTo("This thread has been frozen: it takes no more replies.");
    Document page = page(get("/works/{id}/comments", work));
    assertThat(page.select("#comment_" + first + " > p.notice").text()).isEqualTo("This thread has been frozen.");
    assertThat(page.select("#comment_" + unwanted)).isEmpty();
    assertThat(page(get("/comments/{id}", reply).with(accounts.as(reader))).select("form#add_comment")).isEmpty();

    mvc.perform(post("/comments/{id}/unfreeze", first).with(accounts.as(writer))).andExpect(status().is3xxRedirection());
    reply(reader, reply, "Thawed " + word);
  }

  @Test
  void aModeratedWorkHoldsNewCommentsUntilACreatorApprovesThem() throws Exception {
    settings(writer, "registered", true);
    String location = mvc.perform(post("/works/{id}/comments", work).param("body", "Held for now " + word)
        .with(accounts.as(reader))).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    assertThat(location).isEqualTo("/works/" + work + "/comments?held");
    assertThat(page(get(location).with(accounts.as(reader))).select("p.notice").text()).contains("once a creator of the work approves it");

    Element own = page(get("/works/{id}/comments", work).with(accounts.as(reader))).selectFirst("li.comment.unreviewed");
    assertThat(own.text()).contains("Held for now " + word).contains("awaiting approval");
    long id = Long.parseLong(own.id().replace("comment_", ""));
    Account stranger = accounts.create();
    assertThat(page(get("/works/{id}/comments", work).with(accounts.as(stranger))).text()).doesNotContain("Held for now");
    mvc.perform(get("/comments/{id}", id).with(accounts.as(stranger))).andExpect(status().isNotFound());
    mvc.perform(post("/comments/{id}/approve", id).with(accounts.as(reader))).andExpect(status().isForbidden());

    assertThat(page(get("/works/{id}/comments", work).with(accounts.as(writer))).select("#comment_" + id + " button:contains(Approve)")).hasSize(1);
    mvc.perform(post("/comments/{id}/approve", id).with(accounts.as(writer))).andExpect(status().is3xxRedirection());
    assertThat(page(get("/works/{id}/comments", work).with(accounts.as(stranger))).select("#comment_" + id + " blockquote").text())
        .isEqualTo("Held for now " + word);
  }

  @Test
  void aModeratorHidesACommentAndEveryoneElseSeesOnlyThatItWasHidden() throws Exception {
    long id = comment(reader, "Something unkind " + word);
    Account moderator = accounts.create(Role.MODERATOR);

    mvc.perform(post("/comments/{id}/hide", id).with(accounts.as(writer))).andExpect(status().isForbidden());
    mvc.perform(post("/comments/{id}/hide", id).with(accounts.as(moderator))).andExpect(status().is3xxRedirection());

    for (RequestPostProcessor someone : List.of(TestAccounts.csrf(), accounts.as(reader), accounts.as(writer))) {
      Element shown = page(get("/works/{id}/comments", work).with(someone)).selectFirst("#comment_" + id);
      assertThat(shown.select("p.hidden-comment").text()).isEqualTo("(This comment has been hidden by an admin.)");
      assertThat(shown.text()).doesNotContain("Something unkind");
    }
    assertThat(page(get("/works/{id}/comments", work).with(accounts.as(moderator))).select("#comment_" + id + " blockquote").text())
        .isEqualTo("Something unkind " + word);
    assertThat(mvc.perform(post("/comments/{id}/replies", id).param("body", "Why? " + word).with(accounts.as(writer)))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getErrorMessage()).contains("hidden");
  }

  @Test
  void scriptInACommentNeverSurvivesButTheAllowedMarkupDoes() throws Exception {
    long id = comment(reader, "<p>Lovely <b>work</b> " + word + "</p><script>alert('x')</script>"
        + "<a href=\"javascript:alert(1)\" onclick=\"steal()\">me</a><img src=x onerror=alert(1)>");

    Element body = page(get("/comments/{id}", id)).selectFirst("#comment_" + id + " blockquote.userstuff");
    assertThat(body.select("b").text()).isEqualTo("work");
    assertThat(body.select("script, img, [onclick], [onerror], a[href^=javascript]")).isEmpty();
    assertThat(body.html()).doesNotContain("alert");
  }

  @Test
  void anEmptyOrTooLongCommentIsRefusedWithAMessageAndAMegabyteIsNotRead() throws Exception {
    for (String empty : List.of("   ", "<script>alert(1)</script>")) {
      Document refused = Jsoup.parse(mvc.perform(post("/works/{id}/comments", work).param("body", empty)
          .with(accounts.as(reader))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
      assertThat(refused.select("#body-error").text()).isEqualTo("Please write a comment.");
    }
    Document tooLong = Jsoup.parse(mvc.perform(post("/works/{id}/comments", work).param("body", "a".repeat(10_001))
        .with(accounts.as(reader))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
    assertThat(tooLong.select("#body-error").text()).contains("at most 10,000 characters").contains("10,001");
    comment(reader, "b".repeat(10_000));

    String megabyte = mvc.perform(post("/works/{id}/comments", work).contentType("application/x-www-form-urlencoded")
        .content("body=" + "c".repeat(1024 * 1024)).with(accounts.as(reader)))
        .andExpect(status().isContentTooLarge()).andReturn().getResponse().getErrorMessage();
    assertThat(megabyte).contains("at most 10,000 characters");
  }

  @Test
  void aGuestsOrANewAccountsCommentWithManyLinksIsHeldAsSpamButAnOldAccountsIsNot() throws Exception {
    settings(writer, "everyone", false);
    String links = "See https://shop.example/a and <a href=\"https://shop.example/b\">this</a> and www.shop.example/c " + word;

    String guest = Jsoup.parse(mvc.perform(guestComment(links, "Seller", "seller-" + word + "@example.org"))
        .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString()).select("#body-error").text();
    assertThat(guest).contains("held as spam").contains("links 3");
    mvc.perform(post("/works/{id}/comments", work).param("body", links).with(accounts.as(reader)))
        .andExpect(status().isUnprocessableContent());

    Account old = new Account("o" + word, "o" + word + "@example.org", null, Instant.now().minus(Duration.ofDays(30)));
    old.confirm(Instant.now().minus(Duration.ofDays(30)));
    comment(accountRepository.save(old), links);
  }

  @Test
  void theSameCommentTwiceOnAWorkIsRefused() throws Exception {
    comment(reader, "Wonderful " + word);

    Document again = Jsoup.parse(mvc.perform(post("/works/{id}/comments", work).param("body", "  WONDERFUL   " + word)
        .with(accounts.as(reader))).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());

    assertThat(again.select("#body-error").text()).isEqualTo("You have already left this comment here.");
    comment(writer, "Wonderful " + word);
  }

  @Test
  void anEleventhCommentWithinTenMinutesWaits() throws Exception {
    for (int i = 1; i <= SpamRules.LIMIT.attempts(); i++) {
      comment(reader, "Comment " + i + " " + word);
    }

    String refused = mvc.perform(post("/works/{id}/comments", work).param("body", "One more " + word)
        .with(accounts.as(reader))).andExpect(status().isTooManyRequests()).andReturn().getResponse().getErrorMessage();

    assertThat(refused).contains("try again in");
    assertThat(page(get("/works/{id}/comments", work)).text()).doesNotContain("One more " + word);
  }

  @Test
  void nobodyReadsOrLeavesCommentsOnAWorkTheyMayNotRead() throws Exception {
    long draft = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Draft " + word).build(),
        List.of(ChapterText.plain("One", "Unfinished.")), true));

    mvc.perform(get("/works/{id}/comments", draft).with(accounts.as(reader))).andExpect(status().isNotFound());
    mvc.perform(post("/works/{id}/comments", draft).param("body", "Sneaky " + word).with(accounts.as(reader)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aCommentOnADeletedChapterStaysOnTheWorkAndADeletedWorkTakesItsCommentsAlong() throws Exception {
    long onChapter = commentId(mvc.perform(post("/works/{id}/comments", work).param("body", "Chapter two! " + word)
        .param("chapterId", Long.toString(secondChapter)).with(accounts.as(reader))).andReturn().getResponse());
    long reply = reply(writer, onChapter, "Thanks " + word);

    posting.deleteChapter(Viewer.of(writer), work, secondChapter);
    Document page = page(get("/works/{id}/comments", work));
    assertThat(page.select("#comment_" + onChapter + " blockquote").first().text()).isEqualTo("Chapter two! " + word);
    assertThat(page.select("#comment_" + onChapter + " h4 .parent")).isEmpty();

    posting.delete(Viewer.of(writer), work);
    mvc.perform(get("/comments/{id}", onChapter)).andExpect(status().isNotFound());
    mvc.perform(get("/comments/{id}", reply)).andExpect(status().isNotFound());
  }

  @Test
  void aWorksCommentCountFollowsTheCommentsItsReadersSee() throws Exception {
    long id = comment(reader, "Counted " + word);
    assertThat(page(get("/works/{id}", work)).select("dd.comments").text()).isEqualTo("1");
    mvc.perform(post("/comments/{id}/hide", id).with(accounts.as(accounts.create(Role.MODERATOR))))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/comments/{id}/delete", id).with(accounts.as(writer))).andExpect(status().is3xxRedirection());

    assertThat(events.stream(CountsChanged.class).filter(e -> e.workId() == work)).hasSize(3);
    assertThat(page(get("/works/{id}", work)).select("dd.comments").text()).isEqualTo("0");
  }

  private long comment(Account commenter, String body) throws Exception {
    return commentId(mvc.perform(post("/works/{id}/comments", work).param("body", body).with(accounts.as(commenter)))
        .andReturn().getResponse());
  }

  private long reply(Account commenter, long parent, String body) throws Exception {
    return commentId(mvc.perform(post("/comments/{id}/replies", parent).param("body", body).with(accounts.as(commenter)))
        .andReturn().getResponse());
  }

  private void settings(Account editor, String permission, boolean moderated) throws Exception {
    mvc.perform(post("/works/{id}/comment_settings", work).param("permission", permission)
        .param("moderated", Boolean.toString(moderated)).with(accounts.as(editor))).andExpect(status().is3xxRedirection());
  }

  private MockHttpServletRequestBuilder guestComment(String body, String name, String email) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    return post("/works/{id}/comments", work).param("body", body).param("name", name).param("email", email)
        .with(TestAccounts.csrf()).with(request -> {
          request.setRemoteAddr(address);
          return request;
        });
  }

  /** The id of the comment a post redirected to. */
  static long commentId(MockHttpServletResponse response) {
    assertThat(response.getStatus()).as("the comment was posted: " + response.getErrorMessage()).isEqualTo(302);
    return Long.parseLong(response.getRedirectedUrl().replaceAll("^/comments/(\\d+)#.*$", "$1"));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }
}
