package dev.quire.bench;

import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;

/**
 * Runs a query written in AO3's search syntax through Quire's search exactly as the search page
 * does: one page of works loaded, the total counted and tags counted per kind for the sidebar. The
 * one place the benchmark calls the search API.
 */
final class QueryMix {

  private final WorkQuery query;

  QueryMix(WorkQuery query) {
    this.query = query;
  }

  /** How many works match {@code ao3Query}. */
  long run(String ao3Query) {
    WorkHits hits = query.search(WorkSearch.of(ao3Query));
    return hits.total();
  }
}
