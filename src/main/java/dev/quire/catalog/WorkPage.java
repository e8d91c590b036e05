package dev.quire.catalog;

import dev.quire.work.WorkSummary;
import java.util.List;

/**
 * One page of a list of works.
 *
 * @param works this page's works, in the list's order
 * @param page 1-based
 * @param pages how many pages the list has, at least 1
 * @param total how many works the list has
 * @param pageSize how many works a full page holds
 */
record WorkPage(List<WorkSummary> works, int page, int pages, long total, int pageSize) {

  WorkPage {
    works = List.copyOf(works);
  }
}
