package dev.quire.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator suspends an account or lifts its suspension. A suspended account cannot log in
 * ({@link AccountDetails#isAccountNonLocked()}), its tokens are refused ({@link BearerTokens}), and
 * its open sessions end when it is suspended, on every node. Thread-safe.
 */
@Component
public class Suspensions {

  private final AccountRepository accounts;
  private final AccountPolicy policy;
  private final Sessions sessions;

  Suspensions(AccountRepository accounts, AccountPolicy policy, Sessions sessions) {
    this.accounts = accounts;
    this.policy = policy;
    this.sessions = sessions;
  }

  /**
   * Suspends the account named {@code userName} (or lifts its suspension when {@code suspended}
   * is false); doing it twice changes nothing.
   *
   * @throws AccountNotFoundException when no account has that name
   * @throws AccessDeniedException when {@code viewer} may not suspend it (not a moderator or an
   *     admin, a system account, their own)
   */
  @Transactional
  public void suspend(Viewer viewer, String userName, boolean suspended) {
    policy.check(viewer, AccountAction.SUSPEND);
    // By the exact name first: the system accounts' keys were written by a migration, not folded by UserNames.
    Account account = accounts.findByUserName(userName)
        .or(() -> accounts.findByUserKey(UserNames.key(userName)))
        .orElseThrow(() -> new AccountNotFoundException(userName));
    policy.check(viewer, AccountAction.SUSPEND, account);
    account.setSuspended(suspended);
    if (suspended) {
      sessions.endAll(account.getUserName());
    }
  }
}
