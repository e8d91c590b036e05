package dev.quire.work;

import java.util.List;

/**
 * Which works a viewer may find in lists, searches, counts, facets and feeds, as the access policy
 * decided it: the visibilities shown, and whether restricted works are among them. Each read path
 * turns it into its own query (an index predicate, a JPQL condition); none decides it again.
 *
 * @param visibilities the visibilities listed (today only published works are ever listed)
 * @param restricted whether works shown to registered users only are listed
 */
public record ReadScope(List<Visibility> visibilities, boolean restricted) {

  /**
   * This scope as a JPQL condition on the work {@code w}, for queries that take its
   * {@link #visibilities()} as {@code visible} and its {@link #restrictedStates()}.
   */
  public static final String IN_SCOPE = " w.visibility in :visible and w.restricted in :restrictedStates ";

  public ReadScope {
    visibilities = List.copyOf(visibilities);
  }

  /**
   * The values of a work's {@code restricted} flag this scope lists, for database queries that
   * write the rule as {@code w.restricted in :restrictedStates}: {@code [false]}, or both.
   */
  public List<Boolean> restrictedStates() {
    return restricted ? List.of(false, true) : List.of(false);
  }
}
