package dev.quire.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account at its owner's request, password given: publishes {@link AccountClosing} so
 * that its works are orphaned or deleted as chosen, deletes the account with its roles and mailed
 * links, and ends its sessions on every node. All in one transaction: a failure leaves the account
 * and its works as they were. Thread-safe.
 */
@Component
public class AccountClosure {

  private final AccountRepository accounts;
  private final Passwords passwords;
  private final AccountPolicy policy;
  private final Sessions sessions;
  private final ApplicationEventPublisher events;

  AccountClosure(AccountRepository accounts, Passwords passwords, AccountPolicy policy, Sessions sessions,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.policy = policy;
    this.sessions = sessions;
    this.events = events;
  }

  /**
   * Deletes {@code viewer}'s own account, or says why not and changes nothing.
   *
   * @throws org.springframework.security.access.AccessDeniedException for a guest
   */
  @Transactional
  public FormProblems close(Viewer viewer, String password, AccountClosing.WorksChoice works) {
    policy.check(viewer, AccountAction.MANAGE_OWN);
    if (works == null) {
      return FormProblems.of("works", "Please choose what becomes of your works.");
    }
    if (!passwords.matches(viewer.accountId(), password)) {
      return FormProblems.of("password", "That is not your password.");
    }
    Account account = accounts.findById(viewer.accountId()).orElseThrow();
    events.publishEvent(new AccountClosing(account.getId(), works));
    accounts.delete(account);
    accounts.flush();
    sessions.endAll(account.getUserName());
    return FormProblems.none();
  }
}
