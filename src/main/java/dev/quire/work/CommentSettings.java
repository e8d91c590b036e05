package dev.quire.work;

import dev.quire.account.Viewer;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work as its comments see it ({@link CommentableWork}), read through the access policy, and the
 * one way its comment settings change: who may comment and whether new comments wait for
 * approval, changed by whoever may edit the work. Thread-safe.
 */
@Component
public class CommentSettings {

  private final WorkRepository works;
  private final AccessPolicy policy;

  CommentSettings(WorkRepository works, AccessPolicy policy) {
    this.works = works;
    this.policy = policy;
  }

  /** The work as its comments need it, when {@code viewer} may read it; empty otherwise. */
  @Transactional(readOnly = true)
  public Optional<CommentableWork> commentable(Viewer viewer, long workId) {
    return works.findWithCreators(workId).filter(work -> policy.mayRead(viewer, work)).map(work -> new CommentableWork(
        work.getId(), work.getTitle(), work.getCommentPermission(), work.isCommentsModerated(),
        work.getCreators().stream().map(Creator::getAccount).filter(account -> !account.isSystemAccount())
            .map(account -> account.getId()).collect(Collectors.toSet()),
        works.findChapterIds(workId),
        policy.may(viewer, WorkAction.EDIT, work)));
  }

  /**
   * Sets who may comment on the work and whether new comments wait for approval.
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws org.springframework.security.access.AccessDeniedException when the viewer may not edit it
   */
  @Transactional
  public void change(Viewer viewer, long workId, CommentPermission permission, boolean moderated) {
    Work work = works.findById(workId).orElseThrow(() -> new WorkNotFoundException(workId));
    policy.check(viewer, WorkAction.EDIT, work);
    work.setCommentPermission(permission);
    work.setCommentsModerated(moderated);
  }
}
