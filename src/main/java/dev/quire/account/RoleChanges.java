package dev.quire.account;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes roles, as an admin does on {@code /admin/users} or with
 * {@code quire user role NAME +wrangler -archivist} (which acts as {@link Viewer#archive()}). A role
 * takes effect on the account's next request: roles are read per request. Thread-safe.
 */
@Component
public class RoleChanges {

  private final AccountRepository accounts;
  private final AccountPolicy policy;

  RoleChanges(AccountRepository accounts, AccountPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  /**
   * Gives the account named {@code userName} (compared as {@link UserNames#key} does) the roles in
   * {@code grant} and takes away those in {@code revoke}.
   *
   * @return the account's roles afterwards, in {@link Role}'s order
   * @throws AccountNotFoundException when no person's account has that name (system accounts have no roles)
   * @throws AccessDeniedException when {@code viewer} may not change roles
   */
  @Transactional
  public Set<Role> apply(Viewer viewer, String userName, Set<Role> grant, Set<Role> revoke) {
    policy.check(viewer, AccountAction.CHANGE_ROLES);
    Account account = accounts.findByUserKey(UserNames.key(userName))
        .filter(found -> !found.isSystemAccount())
        .orElseThrow(() -> new AccountNotFoundException(userName));
    account.getRoles().addAll(grant);
    account.getRoles().removeAll(revoke);
    return account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
  }
}
