package dev.quire.account;

/**
 * What an account may do beyond reading, posting and editing its own works, which every account
 * may. Granted by an admin ({@code quire user role NAME +wrangler}); checked by the access policy.
 */
public enum Role {
  /** Wrangles tags: canonical names, synonyms, meta tags; decides any work's tag suggestions. */
  WRANGLER,
  /** Imports works on behalf of others and manages their unclaimed creators. */
  ARCHIVIST,
  /** Hides works and comments, suspends accounts, reads reports. */
  MODERATOR,
  /** Changes the archive's settings, grants roles and invitations. */
  ADMIN;

  /**
   * The role typed as {@code key} ({@code wrangler}, any case).
   *
   * @throws IllegalArgumentException naming the roles there are, when there is no such role
   */
  public static Role ofKey(String key) {
    for (Role role : values()) {
      if (role.key().equalsIgnoreCase(key.strip())) {
        return role;
      }
    }
    throw new IllegalArgumentException("there is no role '" + key + "'; the roles are "
        + java.util.Arrays.stream(values()).map(Role::key).collect(java.util.stream.Collectors.joining(", ")));
  }

  /** The role's name as typed on the command line and shown on pages: {@code wrangler}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
