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

  /** The role's name as typed on the command line and shown on pages: {@code wrangler}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
