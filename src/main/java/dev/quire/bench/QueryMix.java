package dev.quire.bench;

import dev.quire.account.Viewer;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;

/**
 * Runs a query written in AO3's search syntax through Quire's search: one page of works loaded and
 * the total counted, and for the facet kind of query the tags counted per kind as the search page's
 * sidebar does. Queries run as a guest's, the most common visitor, whose searches also leave out
 * restricted works (the community benchmark's also as readers). The one place the benchmark calls the search API.
 */
final class QueryMix {

  private final WorkQuery query;

  QueryMix(WorkQuery query) {
    this.query = query;
  }

  /**
   * How many works match {@code ao3Query}; {@code facets} says whether tags are counted per kind,
   * as the search page does, or not, as feeds, tag pages and API calls with {@code facets=false} do.
   */
  long run(String ao3Query, boolean facets) {
    return run(Viewer.guest(), ao3Query, facets);
  }

  /** As {@link #run(String, boolean)}, for {@code viewer}: a reader's mutes leave works out. */
  long run(Viewer viewer, String ao3Query, boolean facets) {
    WorkSearch search = WorkSearch.of(ao3Query);
    WorkHits hits = query.search(viewer, facets ? search : search.withoutFacets());
    return hits.total();
  }
}
