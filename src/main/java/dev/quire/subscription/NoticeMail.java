package dev.quire.subscription;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.ArchiveAddress;
import dev.quire.account.Viewer;
import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Mails notices: a letter each to an account that chose {@link MailChoice#IMMEDIATE}, one a day
 * with all of them to one that chose {@link MailChoice#DIGEST}. A notice is claimed for mailing by
 * one conditional update ({@code mailed = false → true}) before it is sent, so however many nodes
 * deliver, each notice is mailed once. A letter that cannot be sent is logged: the notice stays in
 * the inbox. Thread-safe.
 */
@Component
class NoticeMail {

  private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

  /** How long after one digest the next may go. */
  static final Duration DIGEST_EVERY = Duration.ofHours(23);

  private final JdbcTemplate jdbc;
  private final Inbox inbox;
  private final DeliveryChoices choices;
  private final AccountRepository accounts;
  private final ArchiveAddress address;
  private final Mailer mailer;
  private final Clock clock;

  NoticeMail(JdbcTemplate jdbc, Inbox inbox, DeliveryChoices choices, AccountRepository accounts,
      ArchiveAddress address, Mailer mailer, Clock clock) {
    this.jdbc = jdbc;
    this.inbox = inbox;
    this.choices = choices;
    this.accounts = accounts;
    this.address = address;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** Mails {@code account} its notice {@code noticeId} now, if it chose so and no one mailed it yet. */
  void immediately(Account account, long noticeId) {
    if (!address.isKnown() || choices.mail(account.getId()) != MailChoice.IMMEDIATE || !claim(noticeId)) {
      return;
    }
    inbox.notice(Viewer.of(account), noticeId).ifPresent(notice -> send(new Letter(account.getEmail(), notice.headline(), notice.headline() + "\n\n"
            + summary(notice)
            + "Read it: " + address.of(notice.path()) + "\n\n" + footer())));
  }

  /**
   * Sends the day's digest to every account that chose one, has notices not yet mailed and had no
   * digest for {@link #DIGEST_EVERY}.
   *
   * @return how many digests were sent
   */
  int digests() {
    if (!address.isKnown()) {
      return 0;
    }
    Instant now = clock.instant();
    List<Long> due = jdbc.queryForList("select distinct n.account_id from subscription_notice n"
        + " join subscription_delivery d on d.account_id = n.account_id"
        + " where n.mailed = false and d.mail = 'DIGEST'"
        + " and (d.digest_sent_at is null or d.digest_sent_at < ?)", Long.class,
        Timestamp.from(now.minus(DIGEST_EVERY)));
    int sent = 0;
    for (long accountId : due) {
      if (digest(accountId, now)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean digest(long accountId, Instant now) {
    int claimed = jdbc.update("update subscription_delivery set digest_sent_at = ? where account_id = ?"
        + " and (digest_sent_at is null or digest_sent_at < ?)", Timestamp.from(now), accountId,
        Timestamp.from(now.minus(DIGEST_EVERY)));
    Account account = accounts.findById(accountId).orElse(null);
    if (claimed == 0 || account == null) {
      return false;
    }
    List<Long> unmailed = jdbc.queryForList(
        "select id from subscription_notice where account_id = ? and mailed = false", Long.class, accountId);
    jdbc.update("update subscription_notice set mailed = true where account_id = ? and mailed = false", accountId);
    List<Notice> notices = inbox.latest(Viewer.of(account), 200).stream()
        .filter(n -> unmailed.contains(n.id())).toList();
    if (notices.isEmpty()) {
      return false;
    }
    StringBuilder body = new StringBuilder("What your subscriptions brought today:\n\n");
    for (Notice notice : notices) {
      body.append("- ").append(notice.headline()).append("\n  ").append(address.of(notice.path())).append("\n");
    }
    body.append("\nYour inbox: ").append(address.of("/account/inbox")).append("\n\n").append(footer());
    send(new Letter(account.getEmail(), notices.size() == 1 ? notices.getFirst().headline()
        : notices.size() + " new works and chapters from your subscriptions", body.toString()));
    return true;
  }

  private static String summary(Notice notice) {
    String summary = notice.work().summary();
    String text = summary == null ? "" : Jsoup.parseBodyFragment(summary).text().strip();
    return text.isEmpty() ? "" : text + "\n\n";
  }

  private boolean claim(long noticeId) {
    return jdbc.update("update subscription_notice set mailed = true where id = ? and mailed = false", noticeId) == 1;
  }

  private String footer() {
    return "You get this because you subscribed. Change how you hear of them, or unsubscribe: "
        + address.of("/account/subscriptions") + "\n";
  }

  private void send(Letter letter) {
    try {
      mailer.send(letter);
    } catch (RuntimeException e) {
      log.warn("Could not mail a subscription notice: {}", e.toString());
    }
  }
}
