package dev.quire.account;

import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes roles, as an admin does ({@code quire user role NAME +wrangler -archivist}).
 * A role takes effect on the account's next request: roles are read per request. Thread-safe.
 */
@Component
public class RoleChanges {

  private final AccountRepository accounts;

  RoleChanges(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /**
   * Gives the account named {@code userName} (compared as {@link UserNames#key} does) the roles in
   * {@code grant} and takes away those in {@code revoke}.
   *
   * @return the account's roles afterwards, in {@link Role}'s order
   * @throws NoSuchElementException when no person's account has that name (system accounts have no roles)
   */
  @Transactional
  public Set<Role> apply(String userName, Set<Role> grant, Set<Role> revoke) {
    Account account = accounts.findByUserKey(UserNames.key(userName))
        .filter(found -> !found.isSystemAccount())
        .orElseThrow(() -> new NoSuchElementException("there is no account " + userName));
    account.getRoles().addAll(grant);
    account.getRoles().removeAll(revoke);
    return account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
  }
}
