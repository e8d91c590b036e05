package dev.quire.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may do with accounts, as {@code dev.quire.work.AccessPolicy}
 * does for works. In plain words: anyone logged in manages their own account (a suspended one too:
 * it may still leave); only an admin who is not suspended reads the outbox and grants invitations.
 * Stateless and thread-safe.
 */
@Component
public class AccountPolicy {

  /** Whether {@code viewer} may do {@code action}. */
  public boolean may(Viewer viewer, AccountAction action) {
    return switch (action) {
      case MANAGE_OWN -> !viewer.isGuest();
      case READ_OUTBOX, GRANT_INVITATIONS -> viewer.mayWrite() && viewer.has(Role.ADMIN);
    };
  }

  /**
   * Throws {@link AccessDeniedException} unless {@code viewer} may do {@code action}; Spring
   * Security answers it with the log-in page for a guest and 403 for anyone else.
   */
  public void check(Viewer viewer, AccountAction action) {
    if (!may(viewer, action)) {
      throw new AccessDeniedException("Only " + (action == AccountAction.MANAGE_OWN ? "the account's owner" : "an admin")
          + " may do that.");
    }
  }
}
