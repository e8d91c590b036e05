package dev.quire.subscription;

import dev.quire.account.AccountPolicy;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.platform.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an account hears of its notices: its mail choice, and the key of its private feeds. The key
 * is 32 random bytes, shown once when it is made; only its SHA-256 is kept, so a copy of the
 * database opens no one's feed. Making a new key ends the old one at once. Thread-safe.
 */
@Service
public class DeliveryChoices {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final JdbcTemplate jdbc;
  private final AccountRepository accounts;
  private final AccountPolicy accountPolicy;

  DeliveryChoices(JdbcTemplate jdbc, AccountRepository accounts, AccountPolicy accountPolicy) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.accountPolicy = accountPolicy;
  }

  /** How {@code viewer} hears by mail; {@link MailChoice#IMMEDIATE} until it chooses. */
  @Transactional(readOnly = true)
  public MailChoice mail(Viewer viewer) {
    return viewer.isGuest() ? MailChoice.NONE : mail(viewer.accountId());
  }

  MailChoice mail(long accountId) {
    return jdbc.queryForList("select mail from subscription_delivery where account_id = ?", String.class, accountId)
        .stream().findFirst().map(MailChoice::valueOf).orElse(MailChoice.IMMEDIATE);
  }

  /** Sets how {@code viewer} hears by mail. */
  @Transactional
  public void chooseMail(Viewer viewer, MailChoice choice) {
    accountPolicy.checkMayWrite(viewer);
    ensureRow(viewer.accountId());
    jdbc.update("update subscription_delivery set mail = ? where account_id = ?", choice.name(), viewer.accountId());
  }

  /** Whether {@code viewer} has a private feed key. */
  @Transactional(readOnly = true)
  public boolean hasFeedKey(Viewer viewer) {
    return !viewer.isGuest() && !jdbc.queryForList("select feed_key_hash from subscription_delivery"
        + " where account_id = ? and feed_key_hash is not null", String.class, viewer.accountId()).isEmpty();
  }

  /**
   * Makes a new key for {@code viewer}'s private feeds, ending the old one.
   *
   * @return the key, which is not kept and cannot be shown again
   */
  @Transactional
  public String newFeedKey(Viewer viewer) {
    accountPolicy.checkMayWrite(viewer);
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ensureRow(viewer.accountId());
    jdbc.update("update subscription_delivery set feed_key_hash = ? where account_id = ?", Sha256.hex(key),
        viewer.accountId());
    return key;
  }

  /** Ends {@code viewer}'s private feed key, if it has one: its feeds answer no one. */
  @Transactional
  public void endFeedKey(Viewer viewer) {
    accountPolicy.checkMayWrite(viewer);
    jdbc.update("update subscription_delivery set feed_key_hash = null where account_id = ?", viewer.accountId());
  }

  /** The reader whose private feeds {@code key} opens: empty for a key reset since, or never made. */
  @Transactional(readOnly = true)
  public Optional<Viewer> feedReader(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    List<Long> ids = jdbc.queryForList("select account_id from subscription_delivery where feed_key_hash = ?",
        Long.class, Sha256.hex(key));
    return ids.stream().findFirst().flatMap(accounts::findById).map(Viewer::of);
  }

  private void ensureRow(long accountId) {
    jdbc.update("insert into subscription_delivery (account_id) select ? where not exists"
        + " (select 1 from subscription_delivery where account_id = ?)", accountId, accountId);
  }
}
