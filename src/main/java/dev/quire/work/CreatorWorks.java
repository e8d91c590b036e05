package dev.quire.work;

import dev.quire.work.WorkSummary.Byline;
import java.util.List;

/**
 * One page of a creator's works that the viewer may find, most recently updated first.
 *
 * @param page 1 for the first page
 * @param total how many of the creator's works the viewer may find in all
 */
public record CreatorWorks(Byline creator, List<WorkSummary> works, int page, int pageSize, long total) {

  public CreatorWorks {
    works = List.copyOf(works);
  }

  /** How many pages there are; at least one. */
  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }
}
