package dev.quire.account;

import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes and resets passwords. A change needs the current password. A reset is asked for with an
 * address, and the answer is the same whether or not it has an account: only its owner learns,
 * from a mail with a single-use link that works for {@link #RESET_LIFETIME}. Following the link and
 * choosing a new password also confirms the address (the mail reached it) and ends the account's
 * sessions everywhere. Thread-safe.
 */
@Component
public class Passwords {

  /** How long a reset link works. */
  static final Duration RESET_LIFETIME = Duration.ofHours(2);

  /** What a page says of a reset link that no longer works. */
  public static final String EXPIRED_LINK = "That reset link has expired or has been used already. Nothing was"
      + " changed. Please ask for a new one.";

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final MailedLinks links;
  private final Mailer mailer;
  private final ArchiveAddress address;
  private final Sessions sessions;
  private final Clock clock;

  Passwords(AccountRepository accounts, PasswordEncoder encoder, MailedLinks links, Mailer mailer,
      ArchiveAddress address, Sessions sessions, Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.links = links;
    this.mailer = mailer;
    this.address = address;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** Whether {@code password} is the password of the account {@code accountId}. */
  @Transactional(readOnly = true)
  public boolean matches(long accountId, String password) {
    return accounts.findById(accountId)
        .map(Account::getPasswordHash)
        .filter(hash -> password != null && password.length() <= PasswordRules.MAX_LENGTH * 4
            && encoder.matches(password, hash))
        .isPresent();
  }

  /** Sets a new password for the logged-in {@code viewer}, or says why not and changes nothing. */
  @Transactional
  public FormProblems change(Viewer viewer, String current, String password, String confirmation) {
    if (viewer.isGuest() || !matches(viewer.accountId(), current)) {
      return FormProblems.of("current", "That is not your current password.");
    }
    Optional<String> problem = PasswordRules.problem(password, confirmation);
    if (problem.isPresent()) {
      return FormProblems.of("password", problem.get());
    }
    accounts.findById(viewer.accountId()).orElseThrow().setPasswordHash(encoder.encode(password));
    return FormProblems.none();
  }

  /**
   * Mails a reset link when {@code email} belongs to an account that logs in; otherwise does
   * nothing, and the answer is the same either way. Only an address that is not one at all is a
   * problem.
   */
  @Transactional
  public FormProblems requestReset(String email) {
    Optional<String> problem = EmailAddresses.problem(email);
    if (problem.isPresent()) {
      return FormProblems.of("email", problem.get());
    }
    accounts.findByEmailKey(UserNames.key(email))
        .filter(account -> !account.isSystemAccount())
        .ifPresent(account -> {
          String token = links.issue(MailedLink.Purpose.PASSWORD_RESET, account, account.getEmail(), RESET_LIFETIME);
          mailer.send(new Letter(account.getEmail(), "[Quire] Reset your password",
              "Hello " + account.getUserName() + ",\n\nSomeone asked to reset the password of your account on"
                  + " Quire. To choose a new one, follow this link within " + RESET_LIFETIME.toHours()
                  + " hours; it works once:\n\n" + address.of("/users/password/edit?reset_password_token=" + token)
                  + "\n\nIf you did not ask, ignore this mail: your password stays as it is.\n"));
        });
    return FormProblems.none();
  }

  /** Whether {@code token} names a reset link that still works. */
  public boolean resetLinkWorks(String token) {
    return links.peek(MailedLink.Purpose.PASSWORD_RESET, token).isPresent();
  }

  /**
   * Sets a new password through a reset link, or says why not and changes nothing: a bad
   * password leaves the link usable, a used or expired link is named under {@code token}.
   */
  @Transactional
  public FormProblems reset(String token, String password, String confirmation) {
    if (!resetLinkWorks(token)) {
      return FormProblems.of("token", EXPIRED_LINK);
    }
    Optional<String> problem = PasswordRules.problem(password, confirmation);
    if (problem.isPresent()) {
      return FormProblems.of("password", problem.get());
    }
    Optional<MailedLink> link = links.redeem(MailedLink.Purpose.PASSWORD_RESET, token);
    if (link.isEmpty()) {
      return FormProblems.of("token", EXPIRED_LINK);
    }
    Account account = link.get().getAccount();
    account.setPasswordHash(encoder.encode(password));
    account.confirm(clock.instant());
    sessions.endAll(account.getUserName());
    return FormProblems.none();
  }
}
