package dev.quire.work;

import dev.quire.account.Account;
import dev.quire.account.Role;
import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.reader.ReadingHistory;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may see and do with works. Read paths ask
 * {@link #readable(Viewer)} for the scope of their lists and {@link #mayRead} for one work; every
 * write asks {@link #may} (or {@link #check}, which throws) before it changes anything.
 *
 * <p>The rules, in plain words: guests and readers see published works, and guests not the
 * restricted ones; a work's creators also see its drafts; moderators and admins also see hidden
 * works. A work's creators edit, delete and orphan it; the archivist who imported it edits it;
 * admins do anything; moderators hide and show works. Whoever reads a posted work, a guest too,
 * leaves kudos on it, except its creators. Its creators, wranglers, the archivist who
 * imported it and admins decide its tag suggestions; moderators and admins read readers' reports of
 * works. An account's mutes leave the muted users' works out of every list it is shown (a work's own
 * address still opens, as on AO3); a user a work's creator blocked leaves no kudos on it. A
 * suspended account reads and writes nothing
 * new. An account's pseuds are changed by the account itself and admins; the bylines imported works
 * are credited to, held by no one until claimed, by archivists and admins. Stateless and thread-safe.
 */
@Component
public class AccessPolicy {

  private final Boundaries boundaries;
  private final ReadingHistory history;

  AccessPolicy(Boundaries boundaries, ReadingHistory history) {
    this.boundaries = boundaries;
    this.history = history;
  }

  /**
   * The works {@code viewer} may find in lists, searches, counts and feeds: published ones only
   * (a draft or hidden work is opened by its address, never listed), restricted ones only when
   * logged in, none credited to an account the viewer muted, and in searches none the viewer read
   * when they chose to hide works already read.
   */
  public ReadScope readable(Viewer viewer) {
    return new ReadScope(List.of(Visibility.PUBLISHED), !viewer.isGuest(), boundaries.mutedBy(viewer),
        history.hiddenFrom(viewer));
  }

  /** Whether {@code viewer} may open {@code work}'s pages and download it. */
  public boolean mayRead(Viewer viewer, Work work) {
    return switch (work.getVisibility()) {
      case PUBLISHED -> !work.isRestricted() || !viewer.isGuest();
      case DRAFT -> isCreator(viewer, work) || viewer.has(Role.ADMIN);
      case HIDDEN -> viewer.has(Role.MODERATOR) || viewer.has(Role.ADMIN);
    };
  }

  /** Whether {@code viewer} may post new works: every account that may write at all. */
  public boolean mayPost(Viewer viewer) {
    return viewer.mayWrite();
  }

  /** Whether {@code viewer} may do {@code action} to {@code work}. */
  public boolean may(Viewer viewer, WorkAction action, Work work) {
    if (action == WorkAction.READ) {
      return mayRead(viewer, work);
    }
    if (action == WorkAction.LEAVE_KUDOS) {
      // AO3's kudos: on a posted work, by guests too (one per address), never by its own creators.
      return work.getVisibility() == Visibility.PUBLISHED && mayRead(viewer, work)
          && (viewer.isGuest() || viewer.mayWrite()) && !isCreator(viewer, work) && !blocked(viewer, work);
    }
    if (!viewer.mayWrite()) {
      return false;
    }
    if (action == WorkAction.BOOKMARK) {
      // AO3's bookmarks: of a posted work, by any account that reads it (its creators too).
      return work.getVisibility() == Visibility.PUBLISHED && mayRead(viewer, work);
    }
    if (viewer.has(Role.ADMIN)) {
      return true;
    }
    boolean creator = isCreator(viewer, work);
    boolean importer = work.getOwner() != null && work.getOwner().getId().equals(viewer.accountId());
    return switch (action) {
      case READ -> true;
      case EDIT -> creator || importer;
      case DELETE, ORPHAN -> creator;
      case DECIDE_SUGGESTIONS -> creator || importer || viewer.has(Role.WRANGLER);
      case MODERATE -> viewer.has(Role.MODERATOR);
      case LEAVE_KUDOS, BOOKMARK -> false;
    };
  }

  /**
   * Throws unless {@code viewer} may do {@code action} to {@code work}: {@link WorkNotFoundException}
   * when the viewer may not even read it (a stranger learns nothing of a draft), else
   * {@link org.springframework.security.access.AccessDeniedException}.
   */
  public void check(Viewer viewer, WorkAction action, Work work) {
    if (!mayRead(viewer, work)) {
      throw new WorkNotFoundException(work.getId());
    }
    if (action == WorkAction.LEAVE_KUDOS && blocked(viewer, work)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Sorry, you have been blocked by one or more of this work's creators: you can't leave kudos on it.");
    }
    if (!may(viewer, action, work)) {
      throw new org.springframework.security.access.AccessDeniedException(
          "You may not " + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " this work.");
    }
  }

  /**
   * Whether {@code viewer} may add, edit and delete the pseuds of {@code holder}: the account
   * itself and admins; nobody changes the pseuds of a system account ({@code unclaimed},
   * {@code orphan_account}) here, as claims and orphaning move them.
   */
  public boolean mayChangePseuds(Viewer viewer, Account holder) {
    return viewer.mayWrite() && !holder.isSystemAccount()
        && (holder.getId().equals(viewer.accountId()) || viewer.has(Role.ADMIN));
  }

  /** Whether {@code viewer} may list unclaimed bylines, note their creators' addresses and invite them to claim. */
  public boolean mayManageUnclaimed(Viewer viewer) {
    return viewer.mayWrite() && (viewer.has(Role.ARCHIVIST) || viewer.has(Role.ADMIN));
  }

  /** Whether {@code viewer} reads readers' reports of works and resolves them: moderators and admins. */
  public boolean mayHandleReports(Viewer viewer) {
    return viewer.mayWrite() && (viewer.has(Role.MODERATOR) || viewer.has(Role.ADMIN));
  }

  /** Whether an account credited on {@code work} blocked {@code viewer}. */
  private boolean blocked(Viewer viewer, Work work) {
    return boundaries.blockedByAny(
        work.getCreators().stream().map(c -> c.getAccount().getId()).collect(Collectors.toSet()), viewer);
  }

  private static boolean isCreator(Viewer viewer, Work work) {
    return !viewer.isGuest() && work.isCreditedTo(viewer.accountId());
  }
}
