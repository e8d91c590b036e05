package dev.quire.account;

import dev.quire.mail.Letter;
import dev.quire.mail.Mailer;
import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts and confirms their addresses. Sign-up checks the form, stores an unconfirmed
 * account, makes it through {@link Registration} and mails a confirmation link; the account logs in once
 * the link is followed. An address that already has an account is never revealed: the form is
 * answered as if it had worked, and the address's owner gets a mail saying someone tried.
 * Thread-safe.
 */
@Component
public class Registrar {

  /** How long a confirmation link works. */
  static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(7);

  private final AccountRepository accounts;
  private final Registration registration;
  private final MailedLinks links;
  private final Mailer mailer;
  private final ArchiveAddress address;
  private final Clock clock;
  private final ArchiveSettings settings;

  Registrar(AccountRepository accounts, Registration registration, MailedLinks links, Mailer mailer,
      ArchiveAddress address, Clock clock, ArchiveSettings settings) {
    this.accounts = accounts;
    this.registration = registration;
    this.links = links;
    this.mailer = mailer;
    this.address = address;
    this.clock = clock;
    this.settings = settings;
  }

  /** Who may sign up now, as an admin last set it ({@code /admin/settings}) or the configuration says. */
  public SignUpMode mode() {
    return SignUpMode.of(settings.value(Setting.SIGN_UP));
  }

  /** The address an unused, unexpired invitation was sent to, or empty. */
  public Optional<String> invitation(String token) {
    return links.peek(MailedLink.Purpose.INVITATION, token).map(MailedLink::getEmail);
  }

  /**
   * Opens an account from {@code form}, or says what is wrong with it and changes nothing. In
   * invitation mode, {@code invitation} is the token of the link the invitee followed; it is used
   * up by the account it opens.
   *
   * @throws AccessDeniedException when sign-up is closed, or by invitation and the invitation is
   *     missing, used or expired
   */
  @Transactional
  public FormProblems signUp(SignUp form, String invitation) {
    SignUpMode mode = mode();
    if (mode == SignUpMode.CLOSED || (mode == SignUpMode.INVITATION && invitation(invitation).isEmpty())) {
      throw new AccessDeniedException("Sign-up is not open.");
    }
    FormProblems problems = check(form);
    if (!problems.isEmpty()) {
      return problems;
    }
    String email = form.email().strip();
    Optional<Account> holder = accounts.findByEmailKey(EmailAddresses.key(email));
    if (holder.isPresent()) {
      mailer.send(new Letter(holder.get().getEmail(), "[Quire] Someone tried to sign up with your address",
          "Someone tried to open an account on Quire with this address, which already has the account "
              + holder.get().getUserName() + ".\n\nIf it was you and you have forgotten your password, "
              + "set a new one here:\n\n" + address.of("/users/password/new")
              + "\n\nIf it was not you, you need not do anything.\n"));
      return FormProblems.none();
    }
    if (mode == SignUpMode.INVITATION && links.redeem(MailedLink.Purpose.INVITATION, invitation).isEmpty()) {
      throw new AccessDeniedException("That invitation has been used already.");
    }
    Account account;
    try {
      account = registration.store(new NewAccount(form.login().strip(), email, form.password(), Set.of(), false));
    } catch (AccountRefusedException raced) {
      // Someone took the name between the check above and the insert.
      return FormProblems.of("login", "That user name is taken, or one that looks just like it. Please choose another.");
    }
    sendConfirmation(account);
    return FormProblems.none();
  }

  /** Confirms the address a confirmation link was mailed to; false when the link is used, expired or unknown. */
  @Transactional
  public boolean confirm(String token) {
    Optional<MailedLink> link = links.redeem(MailedLink.Purpose.CONFIRMATION, token);
    link.ifPresent(l -> l.getAccount().confirm(clock.instant()));
    return link.isPresent();
  }

  /**
   * Mails a new confirmation link when {@code email} belongs to an account that is not confirmed
   * yet; otherwise does nothing, and the answer is the same either way. Only an address that is
   * not one at all is a problem.
   */
  @Transactional
  public FormProblems resendConfirmation(String email) {
    Optional<String> problem = EmailAddresses.problem(email);
    if (problem.isPresent()) {
      return FormProblems.of("email", problem.get());
    }
    accounts.findByEmailKey(EmailAddresses.key(email))
        .filter(account -> !account.isSystemAccount() && account.getConfirmedAt() == null)
        .ifPresent(this::sendConfirmation);
    return FormProblems.none();
  }

  private FormProblems check(SignUp form) {
    Map<String, String> problems = new LinkedHashMap<>();
    String login = form.login() == null ? "" : form.login().strip();
    UserNames.problem(login)
        .or(() -> accounts.findByUserKey(UserNames.key(login))
            .map(taken -> "That user name is taken, or one that looks just like it. Please choose another."))
        .ifPresent(problem -> problems.put("login", problem));
    EmailAddresses.problem(form.email()).ifPresent(problem -> problems.put("email", problem));
    PasswordRules.problem(form.password(), form.passwordConfirmation())
        .ifPresent(problem -> problems.put("password", problem));
    return new FormProblems(problems);
  }

  private void sendConfirmation(Account account) {
    String token = links.issue(MailedLink.Purpose.CONFIRMATION, account, account.getEmail(), CONFIRMATION_LIFETIME);
    mailer.send(new Letter(account.getEmail(), "[Quire] Confirm your email address",
        "Hello " + account.getUserName() + ",\n\nSomeone, we hope you, opened the account "
            + account.getUserName() + " on Quire with this address. To confirm it, follow this link within "
            + CONFIRMATION_LIFETIME.toDays() + " days:\n\n"
            + address.of("/users/confirmation?confirmation_token=" + token)
            + "\n\nYou can log in once the address is confirmed. If it was not you, ignore this mail:"
            + " the account stays unconfirmed.\n"));
  }
}
