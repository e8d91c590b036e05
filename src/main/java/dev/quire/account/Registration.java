package dev.quire.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes accounts: the one way an account comes to be, whether a person signs up or an admin runs
 * {@code quire user add}. It checks the name (AO3's rules, unique by {@link UserNames#key}), the
 * address (unique the same way) and the password ({@link PasswordRules}), stores the account with
 * its password hashed, and publishes {@link AccountOpened} in the same transaction so the
 * default pseud, named like the account, is made with it. Thread-safe.
 *
 * <pre>{@code
 * Account sam = registration.register(new NewAccount("sam", "sam@example.org", secret, Set.of(), false));
 * }</pre>
 */
@Component
public class Registration {

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Registration(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Makes the account asked for, with its default pseud.
   *
   * @return the saved account
   * @throws AccountRefusedException naming every field that is wrong; nothing is stored then
   */
  @Transactional
  public Account register(NewAccount asked) {
    Map<String, String> problems = problems(asked);
    if (!problems.isEmpty()) {
      throw new AccountRefusedException(problems);
    }
    return store(asked);
  }

  /**
   * Stores an account whose name, address and password the caller has already checked against
   * the same rules as {@link #register} ({@link Registrar} does, with its own wording), so they are
   * not checked and looked up a second time.
   *
   * @throws AccountRefusedException when the name or address was taken after the caller's check
   */
  @Transactional
  Account store(NewAccount asked) {
    Account account = new Account(asked.userName().strip(), asked.email().strip(),
        passwords.encode(asked.password()), clock.instant());
    if (asked.confirmed()) {
      account.confirm(clock.instant());
    }
    account.getRoles().addAll(asked.roles());
    try {
      account = accounts.saveAndFlush(account);
    } catch (DataIntegrityViolationException raced) {
      // Someone took the name or address between the check and the insert.
      throw new AccountRefusedException(Map.of("userName", "That user name or email address is already in use."));
    }
    events.publishEvent(new AccountOpened(account.getId(), account.getUserName()));
    return account;
  }

  private Map<String, String> problems(NewAccount asked) {
    Map<String, String> problems = new LinkedHashMap<>();
    UserNames.problem(asked.userName())
        .or(() -> accounts.findByUserKey(UserNames.key(asked.userName()))
            .map(taken -> "That user name is already taken (names that differ only in case or in"
                + " characters that look alike count as one)."))
        .ifPresent(problem -> problems.put("userName", problem));
    emailProblem(asked.email()).ifPresent(problem -> problems.put("email", problem));
    PasswordRules.problem(asked.password(), asked.password()).ifPresent(problem -> problems.put("password", problem));
    return problems;
  }

  private Optional<String> emailProblem(String email) {
    return EmailAddresses.problem(email).or(() -> accounts.findByEmailKey(EmailAddresses.key(email))
        .map(taken -> "That email address already has an account."));
  }

}
