package dev.quire.comment;

import dev.quire.account.Role;
import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.work.CommentPermission;
import dev.quire.work.CommentableWork;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one place that says who may comment and what may be done to a comment. Whether the viewer
 * may read the work at all is the access policy's ({@code CommentSettings} gives only a work the
 * viewer may read); what follows is asked of a readable work.
 *
 * <p>The rules, in plain words: a work takes comments from registered users (AO3's default), from
 * guests too, or from no one, as its creators chose; a suspended account leaves none. Anyone who
 * may comment replies to a comment, but not to one deleted, hidden, held for approval or in a
 * frozen thread. A commenter edits their own comment (not when deleted, hidden or frozen) and
 * deletes it; the work's creators (and admins) delete any comment on it, freeze a thread and
 * approve held comments. A held comment is seen only by its commenter and the work's creators
 * (and admins). Moderators and admins hide a comment: everyone else sees that an admin hid it,
 * and not what it said. A user blocked by one of a work's creators comments on it not at all,
 * and one blocked by a commenter does not reply to that commenter's comments. Thread-safe.
 */
@Component
public class CommentPolicy {

  private final Boundaries boundaries;

  CommentPolicy(Boundaries boundaries) {
    this.boundaries = boundaries;
  }

  /** Whether any of some accounts blocked the viewer. */
  @FunctionalInterface
  interface Blocks {
    boolean byAnyOf(Collection<Long> accountIds);
  }

  /**
   * The blocks against {@code viewer}, read once: for a page that asks of every comment's author
   * (a page of 70 comments would otherwise ask the database twice for each).
   */
  Blocks blocksReadOnce(Viewer viewer) {
    Set<Long> blockers = boundaries.blockersOf(viewer);
    return accountIds -> !blockers.isEmpty() && accountIds.stream().anyMatch(blockers::contains);
  }

  private Blocks blocksAsked(Viewer viewer) {
    return accountIds -> boundaries.blockedByAny(accountIds, viewer);
  }

  /** Why {@code viewer} may not comment on {@code work} at all, or empty when they may. */
  Optional<CommentRefusedException> refusalToComment(Viewer viewer, CommentableWork work) {
    return refusalToComment(viewer, work, blocksAsked(viewer)).map(Refusal::exception);
  }

  private Optional<Refusal> refusalToComment(Viewer viewer, CommentableWork work, Blocks blocks) {
    if (!viewer.isGuest() && !viewer.mayWrite()) {
      return forbidden("A suspended account leaves no comments.");
    }
    if (blocks.byAnyOf(work.creatorAccounts())) {
      return forbidden("Sorry, you have been blocked by one or more of this work's creators: you can't comment on it.");
    }
    if (work.permission() == CommentPermission.NONE) {
      return forbidden("Sorry, this work doesn't allow comments.");
    }
    if (work.permission() == CommentPermission.REGISTERED && viewer.isGuest()) {
      return forbidden("Sorry, this work doesn't allow non-Archive users to comment. Please log in to comment.");
    }
    return Optional.empty();
  }

  /** What {@code viewer} may do to {@code comment}, for its buttons; {@code blocks} from {@link #blocksReadOnce}. */
  Set<CommentAction> actions(Viewer viewer, CommentableWork work, Comment comment, Blocks blocks) {
    Set<CommentAction> allowed = EnumSet.noneOf(CommentAction.class);
    for (CommentAction action : CommentAction.values()) {
      if (refusal(viewer, action, work, comment, blocks).isEmpty()) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /** Throws, saying why, unless {@code viewer} may do {@code action} to {@code comment}. */
  void check(Viewer viewer, CommentAction action, CommentableWork work, Comment comment) {
    Optional<CommentRefusedException> refusal = refusal(viewer, action, work, comment);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /** Whether {@code viewer} sees {@code comment} at all: one held for approval only its commenter and the creators see. */
  boolean sees(Viewer viewer, CommentableWork work, Comment comment) {
    return !comment.isAwaitingApproval() || comment.isBy(viewer.accountId()) || seesAllHeld(viewer, work);
  }

  /** Whether {@code viewer} sees every comment held for approval on {@code work}: its creators and admins. */
  boolean seesAllHeld(Viewer viewer, CommentableWork work) {
    return work.isCreator(viewer.accountId()) || viewer.has(Role.ADMIN);
  }

  /** Whether {@code viewer} reads what a hidden comment said: moderators and admins. */
  boolean readsHidden(Viewer viewer) {
    return viewer.has(Role.MODERATOR) || viewer.has(Role.ADMIN);
  }

  /** Why {@code viewer} may not do {@code action} to {@code comment}, or empty when they may. */
  Optional<CommentRefusedException> refusal(Viewer viewer, CommentAction action, CommentableWork work,
      Comment comment) {
    return refusal(viewer, action, work, comment, blocksAsked(viewer)).map(Refusal::exception);
  }

  private Optional<Refusal> refusal(Viewer viewer, CommentAction action, CommentableWork work,
      Comment comment, Blocks blocks) {
    boolean own = viewer.mayWrite() && comment.isBy(viewer.accountId());
    boolean manages = viewer.mayWrite() && (work.isCreator(viewer.accountId()) || viewer.has(Role.ADMIN));
    return switch (action) {
      case REPLY -> refusalToComment(viewer, work, blocks).or(() -> refusalToReply(comment, blocks));
      case EDIT -> !own ? forbidden("You may only edit your own comments.")
          : comment.isDeleted() ? unprocessable("This comment has been deleted.")
          : comment.isHidden() ? unprocessable("A comment an admin has hidden cannot be edited.")
          : comment.isFrozen() ? unprocessable("A comment in a frozen thread cannot be edited.")
          : Optional.empty();
      case DELETE -> !own && !manages ? forbidden("You may delete your own comments and the comments on your works.")
          : comment.isDeleted() ? unprocessable("This comment has been deleted already.")
          : Optional.empty();
      case FREEZE -> manages ? Optional.empty() : forbidden("Only the work's creators freeze its threads.");
      case APPROVE -> !manages ? forbidden("Only the work's creators approve comments on it.")
          : !comment.isAwaitingApproval() ? unprocessable("This comment is not awaiting approval.")
          : Optional.empty();
      case HIDE -> viewer.mayWrite() && readsHidden(viewer) ? Optional.empty()
          : forbidden("Only moderators hide comments.");
    };
  }

  private Optional<Refusal> refusalToReply(Comment parent, Blocks blocks) {
    if (parent.getCommenterId() != null && blocks.byAnyOf(Set.of(parent.getCommenterId()))) {
      return forbidden("Sorry, you have been blocked by this comment's author: you can't reply to it.");
    }
    if (parent.isDeleted()) {
      return unprocessable("You cannot reply to a comment that has been deleted.");
    }
    if (parent.isHidden()) {
      return unprocessable("You cannot reply to a comment an admin has hidden.");
    }
    if (parent.isFrozen()) {
      return unprocessable("This thread has been frozen: it takes no more replies.");
    }
    if (parent.isAwaitingApproval()) {
      return unprocessable("This comment awaits approval: it takes replies once a creator of the work approves it.");
    }
    return Optional.empty();
  }

  private static Optional<Refusal> forbidden(String reason) {
    return Optional.of(new Refusal(false, reason));
  }

  private static Optional<Refusal> unprocessable(String reason) {
    return Optional.of(new Refusal(true, reason));
  }

  /**
   * A refusal before it is an exception: a page's buttons weigh several for each comment, and an
   * exception is costly to make (its stack trace, its problem detail).
   */
  private record Refusal(boolean unprocessable, String reason) {
    CommentRefusedException exception() {
      return unprocessable ? CommentRefusedException.unprocessable(reason) : CommentRefusedException.forbidden(reason);
    }
  }
}
