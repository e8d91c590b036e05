package dev.quire.work;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, drafts or hides works: what an archive's editors do on a takedown request or for a
 * work not ready to be read. The search index follows when the transaction commits.
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
    Work work = works.findById(id).orElseThrow(() -> new NoSuchElementException("there is no work " + id));
    Visibility before = work.getVisibility();
    work.setVisibility(visibility);
    return before;
  }
}
