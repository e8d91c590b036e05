package dev.quire.work;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which works a viewer may find in lists, searches, counts, facets and feeds, as the access policy
 * decided it: the visibilities shown, whether restricted works are among them, the accounts the
 * viewer muted, whose works are never listed to them, and the works they read, when they chose to
 * hide works already read. Each read path turns it into its own query
 * (an index predicate, a JPQL condition); none decides it again.
 *
 * @param visibilities the visibilities listed (today only published works are ever listed)
 * @param restricted whether works shown to registered users only are listed
 * @param muted the accounts whose works are left out: a work credited to any pseud of one of them
 * @param alreadyRead works left out of searches, the works list and tag pages because the viewer read
 *     them and chose not to see such works again (at most {@code ReadingHistory.MOST_HIDDEN}); the
 *     lists of tags ({@link #withWorksRead()}) and of creators still count them
 */
public record ReadScope(List<Visibility> visibilities, boolean restricted, Set<Long> muted, Set<Long> alreadyRead) {

  /**
   * This scope as a JPQL condition on the work {@code w}, for queries that take its
   * {@link #visibilities()} as {@code visible}, its {@link #restrictedStates()} and its
   * {@link #mutedOrNone()} as {@code muted}.
   */
  public static final String IN_SCOPE = " w.visibility in :visible and w.restricted in :restrictedStates"
      + " and not exists (select 1 from Work mw join mw.creators mc where mw = w and mc.account.id in :muted) ";

  /**
   * {@code :muted} for a query that leaves no one out: the id of no account (-1), as SQL has no
   * empty list.
   */
  public static final Set<Long> NONE_MUTED = Set.of(-1L);

  public ReadScope {
    visibilities = List.copyOf(visibilities);
    muted = Set.copyOf(muted);
    alreadyRead = Set.copyOf(alreadyRead);
  }

  /**
   * The values of a work's {@code restricted} flag this scope lists, for database queries that
   * write the rule as {@code w.restricted in :restrictedStates}: {@code [false]}, or both.
   */
  public List<Boolean> restrictedStates() {
    return restricted ? List.of(false, true) : List.of(false);
  }

  /**
   * Whether this scope lists a work of {@code visibility}, shown to registered users only or not
   * ({@code restrictedWork}), credited to pseuds of {@code accounts}: {@link #IN_SCOPE}'s rule, for
   * values already read. The works already read are not asked about: leaving them out is the
   * reader's choice for searches and lists, not a matter of access.
   */
  public boolean lists(Visibility visibility, boolean restrictedWork, Collection<Long> accounts) {
    return visibilities.contains(visibility) && (restricted || !restrictedWork)
        && accounts.stream().noneMatch(muted::contains);
  }

  /** The muted accounts for {@code :muted}: never empty, so that the condition is valid SQL on every database. */
  public Set<Long> mutedOrNone() {
    return muted.isEmpty() ? NONE_MUTED : muted;
  }

  /**
   * This scope with the works already read back in, for the lists of tags: they count the works
   * the viewer may find, whether or not the viewer chose not to see the read ones again.
   */
  public ReadScope withWorksRead() {
    return new ReadScope(visibilities, restricted, muted, Set.of());
  }

  /**
   * This scope with no one muted, for the pages of one creator the viewer went to by name: a muted
   * user's own pages still show their works (as a work's own address does), with a way to unmute.
   */
  public ReadScope unmuted() {
    return new ReadScope(visibilities, restricted, Set.of(), alreadyRead);
  }
}
