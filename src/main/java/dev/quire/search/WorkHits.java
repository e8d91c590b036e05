package dev.quire.search;

import dev.quire.work.WorkSummary;
import java.util.List;

/**
 * One page of search results: works loaded from the database, in the index's order.
 *
 * @param total how many works match in all
 * @param works this page's works
 * @param search the search that found them
 */
public record WorkHits(long total, List<WorkSummary> works, WorkSearch search) {

  public WorkHits {
    works = List.copyOf(works);
  }

  public int pages() {
    return (int) Math.max(1, (total + WorkSearch.PAGE_SIZE - 1) / WorkSearch.PAGE_SIZE);
  }

  public boolean hasNext() {
    return search.page() < pages();
  }

  public boolean hasPrevious() {
    return search.page() > 1;
  }
}
