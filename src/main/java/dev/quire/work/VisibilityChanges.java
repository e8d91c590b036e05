package dev.quire.work;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, drafts or hides works, and shows them to everyone or to logged-in readers only: what
 * an archive's editors do on a takedown request, for a work not ready to be read, or for one its
 * creator wants kept from guests. The search index follows when the transaction commits.
 */
@Component
public class VisibilityChanges {

  private final WorkRepository works;

  VisibilityChanges(WorkRepository works) {
    this.works = works;
  }

  /**
   * Gives the work {@code id} the visibility {@code visibility}; returns the one it had.
   *
   * @throws NoSuchElementException when there is no such work
   */
  @Transactional
  public Visibility change(long id, Visibility visibility) {
    Work work = find(id);
    Visibility before = work.getVisibility();
    work.setVisibility(visibility);
    return before;
  }

  /**
   * Shows the work {@code id} to logged-in readers only ({@code restricted}) or to everyone;
   * returns whether it was restricted before.
   *
   * @throws NoSuchElementException when there is no such work
   */
  @Transactional
  public boolean restrict(long id, boolean restricted) {
    Work work = find(id);
    boolean before = work.isRestricted();
    work.setRestricted(restricted);
    return before;
  }

  private Work find(long id) {
    return works.findById(id).orElseThrow(() -> new NoSuchElementException("there is no work " + id));
  }
}
