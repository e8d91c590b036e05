package dev.quire.work;

import dev.quire.account.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, drafts or hides works, and shows them to everyone or to logged-in readers only: what
 * a moderator does on a takedown request, what a work not ready to be read needs, or what a
 * creator wants kept from guests. Every change asks the {@link AccessPolicy} first: hiding and
 * showing a hidden work is {@link WorkAction#MODERATE}, anything else {@link WorkAction#EDIT}; the
 * command line acts as {@link Viewer#archive()}. The search index follows when the transaction
 * commits, so a hidden work leaves search at once. Thread-safe.
 */
@Component
public class VisibilityChanges {

  private final WorkRepository works;
  private final AccessPolicy policy;

  VisibilityChanges(WorkRepository works, AccessPolicy policy) {
    this.works = works;
    this.policy = policy;
  }

  /**
   * Gives the work {@code id} the visibility {@code visibility}; returns the one it had.
   *
   * @throws WorkNotFoundException when there is no such work or the viewer may not read it
   * @throws AccessDeniedException when the viewer may not make this change
   */
  @Transactional
  public Visibility change(Viewer viewer, long id, Visibility visibility) {
    Work work = find(id);
    Visibility before = work.getVisibility();
    boolean moderating = before == Visibility.HIDDEN || visibility == Visibility.HIDDEN;
    policy.check(viewer, moderating ? WorkAction.MODERATE : WorkAction.EDIT, work);
    work.setVisibility(visibility);
    return before;
  }

  /**
   * Hides a published work from everyone but moderators and admins (a takedown); a draft or a
   * hidden work stays as it is, since neither is listed.
   *
   * @throws WorkNotFoundException when there is no such work or the viewer may not read it
   * @throws AccessDeniedException when the viewer may not moderate
   */
  @Transactional
  public void hide(Viewer viewer, long id) {
    moderate(viewer, id, Visibility.PUBLISHED, Visibility.HIDDEN);
  }

  /**
   * Shows a hidden work again, published as it was before it was hidden; a work that is not
   * hidden stays as it is (a draft is published by its creators, by AO3's rules, not here).
   *
   * @throws WorkNotFoundException when there is no such work or the viewer may not read it
   * @throws AccessDeniedException when the viewer may not moderate
   */
  @Transactional
  public void unhide(Viewer viewer, long id) {
    moderate(viewer, id, Visibility.HIDDEN, Visibility.PUBLISHED);
  }

  /**
   * Shows the work {@code id} to logged-in readers only ({@code restricted}) or to everyone;
   * returns whether it was restricted before.
   *
   * @throws WorkNotFoundException when there is no such work or the viewer may not read it
   * @throws AccessDeniedException when the viewer may not edit the work
   */
  @Transactional
  public boolean restrict(Viewer viewer, long id, boolean restricted) {
    Work work = find(id);
    policy.check(viewer, WorkAction.EDIT, work);
    boolean before = work.isRestricted();
    work.setRestricted(restricted);
    return before;
  }

  private void moderate(Viewer viewer, long id, Visibility from, Visibility to) {
    Work work = find(id);
    policy.check(viewer, WorkAction.MODERATE, work);
    if (work.getVisibility() == from) {
      work.setVisibility(to);
    }
  }

  private Work find(long id) {
    return works.findById(id).orElseThrow(() -> new WorkNotFoundException(id));
  }
}
