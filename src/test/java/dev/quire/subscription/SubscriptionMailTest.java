package dev.quire.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
 * Subscribers hear by mail as they chose: a letter for each new work or chapter, with a link to
 * it; or one letter a day with all of them; or none.
 */
class SubscriptionMailTest extends MailedArchiveTest {

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired Subscriptions subscriptions;
  @Autowired DeliveryChoices choices;
  @Autowired NoticeMail mail;

  @Test
  void aSubscriberHearsAtOnceOfANewWorkWithALinkToIt() throws Exception {
    Account writer = accounts.create();
    Account reader = accounts.create();
    subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.user(writer.getUserName()));
    String title = "Lanterns " + Postings.word();

    long work = post(writer, title);

    MimeMessage letter = mailTo(reader.getEmail());
    assertThat(letter.getSubject()).isEqualTo("New work: \"" + title + "\" by " + writer.getUserName());
    String link = link(letter, "/works/" + work);
    assertThat(mvc.perform(get(link).with(accounts.as(reader))).andReturn().getResponse().getContentAsString())
        .contains(title);
    assertThat(String.valueOf(letter.getContent())).contains("/account/subscriptions");
  }

  @Test
  void aDigestGathersTheDaysNewsInOneLetterAndNoneGoesToWhoChoseNone() throws Exception {
    Account writer = accounts.create();
    Account digest = accounts.create();
    Account silent = accounts.create();
    for (Account reader : List.of(digest, silent)) {
      subscriptions.subscribe(Viewer.of(reader), SubscriptionTarget.user(writer.getUserName()));
    }
    choices.chooseMail(Viewer.of(digest), MailChoice.DIGEST);
    choices.chooseMail(Viewer.of(silent), MailChoice.NONE);
    String first = "Morning " + Postings.word();
    String second = "Evening " + Postings.word();
    post(writer, first);
    post(writer, second);
    MAIL.waitForIncomingEmail(1000, 1);
    assertThat(MAIL.getReceivedMessages()).as("nothing before the digest").isEmpty();

    assertThat(mail.digests()).isEqualTo(1);

    MimeMessage letter = mailTo(digest.getEmail());
    assertThat(letter.getSubject()).isEqualTo("2 new works and chapters from your subscriptions");
    assertThat(String.valueOf(letter.getContent())).contains(first).contains(second).contains("/account/inbox");
    assertThat(mail.digests()).as("one a day").isZero();
    assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(SubscriptionMailTest::recipient))
        .containsExactly(digest.getEmail());
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private long post(Account writer, String title) {
    return posting.post(Viewer.of(writer), new NewWork(Postings.valid(title).build(),
        List.of(ChapterText.plain("One", "Neutral words about lamps.")), false));
  }
}
