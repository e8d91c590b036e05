package dev.quire.comment;

import dev.quire.account.Viewer;
import dev.quire.stats.CountsChanged;
import dev.quire.stats.Tally.Counted;
import dev.quire.work.CommentableWork;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is done to comments besides writing them: a work's creators freeze threads and approve
 * comments held on a moderated work, moderators hide comments. Each asks {@link CommentPolicy}
 * first; approving and hiding publish {@link CountsChanged} for the work, counted in the same
 * transaction, and an approved reply tells its parent's commenter ({@link CommentNotices}) once
 * committed. Thread-safe.
 */
@Component
public class CommentModeration {

  private final CommentRepository comments;
  private final Comments reading;
  private final CommentPolicy policy;
  private final ApplicationEventPublisher events;

  CommentModeration(CommentRepository comments, Comments reading, CommentPolicy policy,
      ApplicationEventPublisher events) {
    this.comments = comments;
    this.reading = reading;
    this.policy = policy;
    this.events = events;
  }

  /**
   * Freezes a comment and every reply below it (no more replies, no edits), or thaws them.
   *
   * @throws CommentRefusedException unless the viewer is a creator of the work (or an admin)
   */
  @Transactional
  public long freeze(Viewer viewer, long commentId, boolean frozen) {
    Comment comment = find(commentId);
    CommentableWork work = reading.seen(viewer, comment);
    policy.check(viewer, CommentAction.FREEZE, work, comment);
    reading.tree(viewer, work, comments.findInThreads(List.of(comment.getThreadId()))).subtree(comment)
        .forEach(below -> below.setFrozen(frozen));
    return comment.getWorkId();
  }

  /**
   * Shows a comment held for approval to everyone.
   *
   * @throws CommentRefusedException unless the viewer is a creator of the work (or an admin) and it is held
   */
  @Transactional
  public long approve(Viewer viewer, long commentId) {
    Comment comment = find(commentId);
    policy.check(viewer, CommentAction.APPROVE, reading.seen(viewer, comment), comment);
    comment.approve();
    events.publishEvent(new CommentPublished(commentId, true));
    events.publishEvent(new CountsChanged(comment.getWorkId(), Counted.COMMENTS));
    return comment.getWorkId();
  }

  /**
   * Hides a comment from everyone but moderators, or shows it again.
   *
   * @throws CommentRefusedException unless the viewer is a moderator or an admin
   */
  @Transactional
  public long hide(Viewer viewer, long commentId, boolean hidden) {
    Comment comment = find(commentId);
    policy.check(viewer, CommentAction.HIDE, reading.seen(viewer, comment), comment);
    comment.setHidden(hidden);
    events.publishEvent(new CountsChanged(comment.getWorkId(), Counted.COMMENTS));
    return comment.getWorkId();
  }

  private Comment find(long commentId) {
    return comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
  }
}
