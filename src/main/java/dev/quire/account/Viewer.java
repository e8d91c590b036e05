package dev.quire.account;

import java.util.Set;

/**
 * Who is looking: a guest, or an account with its roles. Every read path and every write asks the
 * access policy with one ({@code dev.quire.work.AccessPolicy}); controllers receive it as a handler
 * argument. Immutable.
 *
 * @param accountId the account, or null for a guest
 * @param userName the account's user name, or null for a guest
 * @param roles the account's roles (empty for a guest)
 * @param suspended whether a moderator has suspended the account: it reads but does not write
 */
public record Viewer(Long accountId, String userName, Set<Role> roles, boolean suspended) {

  private static final Viewer GUEST = new Viewer(null, null, Set.of(), false);

  public Viewer {
    roles = Set.copyOf(roles);
  }

  private static final Viewer ARCHIVE = new Viewer(0L, "quire", Set.of(Role.ADMIN), false);

  public static Viewer guest() {
    return GUEST;
  }

  /**
   * The archive itself, as the command line acts for whoever runs it on the server: an admin's
   * rights, credited to no account (no account has id 0).
   */
  public static Viewer archive() {
    return ARCHIVE;
  }

  /** The viewer an account is. */
  public static Viewer of(Account account) {
    return new Viewer(account.getId(), account.getUserName(), account.getRoles(), account.isSuspended());
  }

  public boolean isGuest() {
    return accountId == null;
  }

  /** Whether the viewer is logged in and has {@code role}. */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the viewer may write at all: logged in and not suspended. */
  public boolean mayWrite() {
    return !isGuest() && !suspended;
  }
}
