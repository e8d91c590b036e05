package dev.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.account.Account;
import dev.quire.account.MailedArchiveTest;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.ChapterText;
import dev.quire.posting.NewWork;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Those a comment concerns are told by mail, with a link to the comment's page: the work's
 * creators of a new comment, the parent's commenter of a reply, and nobody of their own.
 */
class CommentNoticesTest extends MailedArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;

  @Test
  void theWorksCreatorsHearOfACommentAndTheParentCommenterOfAReplyWithALinkToIt() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    String word = Postings.word();
    long work = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Lighthouse " + word).build(),
        List.of(ChapterText.plain("One", "The lamp turned all night.")), false));

    long comment = CommentsTest.commentId(mvc.perform(post("/works/{id}/comments", work)
        .param("body", "The lamp! " + word).with(accounts.as(reader))).andReturn().getResponse());
    MimeMessage toWriter = mailTo(writer.getEmail());
    assertThat(toWriter.getSubject()).isEqualTo("Comment on \"Lighthouse " + word + "\"");
    assertThat(String.valueOf(toWriter.getContent())).contains(reader.getUserName()).contains("The lamp! " + word);
    String link = link(toWriter, "/comments/" + comment);
    assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("The lamp! " + word);

    MAIL.purgeEmailFromAllMailboxes();
    long reply = CommentsTest.commentId(mvc.perform(post("/comments/{id}/replies", comment)
        .param("body", "Thank you for reading " + word).with(accounts.as(writer))).andReturn().getResponse());
    MimeMessage toReader = mailTo(reader.getEmail());
    assertThat(toReader.getSubject()).isEqualTo("Reply to your comment on \"Lighthouse " + word + "\"");
    assertThat(link(toReader, "/comments/" + reply)).startsWith("/comments/" + reply);
    assertThat(recipients()).containsExactly(reader.getEmail());
  }

  @Test
  void nobodyIsToldOfTheirOwnReply() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    String word = Postings.word();
    long work = posting.post(Viewer.of(writer), new NewWork(Postings.valid("Tideline " + word).build(),
        List.of(ChapterText.plain("One", "The water rose.")), false));
    long comment = CommentsTest.commentId(mvc.perform(post("/works/{id}/comments", work)
        .param("body", "First " + word).with(accounts.as(reader))).andReturn().getResponse());
    mailTo(writer.getEmail());
    MAIL.purgeEmailFromAllMailboxes();

    CommentsTest.commentId(mvc.perform(post("/comments/{id}/replies", comment)
        .param("body", "And another thing " + word).with(accounts.as(reader))).andReturn().getResponse());

    assertThat(mailTo(writer.getEmail()).getSubject()).startsWith("Comment on");
    assertThat(recipients()).containsExactly(writer.getEmail());
  }

  private static List<String> recipients() throws Exception {
    MAIL.waitForIncomingEmail(1000, 2);
    return Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
      try {
        return m.getAllRecipients()[0].toString();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
