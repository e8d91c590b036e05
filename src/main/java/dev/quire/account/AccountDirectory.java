package dev.quire.account;

import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts found by user name, for moderators and admins ({@code /admin/users}), with what the
 * viewer may do to each as {@link AccountPolicy} decides. Thread-safe.
 */
@Component
public class AccountDirectory {

  private final AccountRepository accounts;
  private final AccountPolicy policy;

  AccountDirectory(AccountRepository accounts, AccountPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  /**
   * One account as a moderator or admin sees it.
   *
   * @param userName the account's user name
   * @param roles its roles
   * @param suspended whether it is suspended
   * @param maySuspend whether the viewer may suspend it or lift its suspension
   * @param mayChangeRoles whether the viewer may change its roles
   */
  public record Entry(String userName, Set<Role> roles, boolean suspended, boolean maySuspend,
      boolean mayChangeRoles) {}

  /**
   * Up to 50 accounts whose user name contains {@code part} (compared as {@link UserNames#key}
   * does; blank finds the first 50), by user name.
   *
   * @throws AccessDeniedException when {@code viewer} may not find accounts
   */
  @Transactional(readOnly = true)
  public List<Entry> find(Viewer viewer, String part) {
    policy.check(viewer, AccountAction.FIND_ACCOUNTS);
    String key = part == null ? "" : UserNames.key(part);
    return accounts.findTop50ByUserKeyContainingOrderByUserKey(key).stream()
        .map(account -> new Entry(account.getUserName(), Set.copyOf(account.getRoles()), account.isSuspended(),
            policy.may(viewer, AccountAction.SUSPEND, account),
            policy.may(viewer, AccountAction.CHANGE_ROLES, account)))
        .toList();
  }
}
