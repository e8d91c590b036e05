package dev.quire.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may do with accounts, as {@code dev.quire.work.AccessPolicy}
 * does for works. In plain words: anyone logged in manages their own account (a suspended one too:
 * it may still leave); moderators and admins find accounts and suspend them or lift a suspension;
 * only admins read the outbox, grant invitations, change roles and change the archive's settings; nobody who is suspended does
 * any of these. Nobody suspends or changes the roles of a system account ({@code unclaimed},
 * {@code orphan_account}), and nobody suspends themselves. Stateless and thread-safe.
 */
@Component
public class AccountPolicy {

  /** Whether {@code viewer} may do {@code action} at all. */
  public boolean may(Viewer viewer, AccountAction action) {
    return switch (action) {
      case MANAGE_OWN -> !viewer.isGuest();
      case FIND_ACCOUNTS, SUSPEND -> viewer.mayWrite() && (viewer.has(Role.MODERATOR) || viewer.has(Role.ADMIN));
      case READ_OUTBOX, GRANT_INVITATIONS, CHANGE_ROLES, CHANGE_SETTINGS, READ_METRICS -> viewer.mayWrite() && viewer.has(Role.ADMIN);
    };
  }

  /** Whether {@code viewer} may do {@code action} to the account {@code target}. */
  public boolean may(Viewer viewer, AccountAction action, Account target) {
    return may(viewer, action) && !target.isSystemAccount()
        && !(action == AccountAction.SUSPEND && target.getId().equals(viewer.accountId()));
  }

  /**
   * Throws {@link AccessDeniedException} unless {@code viewer} may do {@code action}; Spring
   * Security answers it with the log-in page for a guest and 403 for anyone else.
   */
  public void check(Viewer viewer, AccountAction action) {
    if (!may(viewer, action)) {
      throw new AccessDeniedException("Only " + who(action) + " may do that.");
    }
  }

  /** As {@link #check(Viewer, AccountAction)}, to the account {@code target}. */
  public void check(Viewer viewer, AccountAction action, Account target) {
    check(viewer, action);
    if (!may(viewer, action, target)) {
      throw new AccessDeniedException(target.isSystemAccount()
          ? "The archive's own accounts are not suspended and hold no roles."
          : "Nobody suspends their own account.");
    }
  }

  /**
   * Throws {@link SuspendedAccountException} (403) unless {@code viewer} may write at all: the one
   * check of every write to a reader's own things (subscriptions, inbox, mutes and blocks, history,
   * saved exclusions), whichever feature makes it.
   */
  public void checkMayWrite(Viewer viewer) {
    if (!viewer.mayWrite()) {
      throw new SuspendedAccountException();
    }
  }

  private static String who(AccountAction action) {
    return switch (action) {
      case MANAGE_OWN -> "the account's owner";
      case FIND_ACCOUNTS, SUSPEND -> "a moderator or an admin";
      case READ_OUTBOX, GRANT_INVITATIONS, CHANGE_ROLES, CHANGE_SETTINGS, READ_METRICS -> "an admin";
    };
  }
}
