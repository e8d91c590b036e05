package dev.quire.catalog;

import dev.quire.account.Viewer;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.tag.TagKind;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The lists of works the feeds show, asked of the search layer for the viewer so that they follow
 * the access policy as every search does. The only class of the catalog that speaks to the search
 * API.
 */
@Component
class CatalogWorks {

  private final WorkQuery query;

  CatalogWorks(WorkQuery query) {
    this.query = query;
  }

  /** Every work, most recently updated first. */
  WorkPage recent(Viewer viewer, int page) {
    return find(viewer, "", List.of(), WorkSort.UPDATED, page);
  }

  /** The works with this tag of this kind, most recently updated first. */
  WorkPage tagged(Viewer viewer, TagKind kind, String name, int page) {
    return find(viewer, "", List.of(kind.key() + ":" + name), WorkSort.UPDATED, page);
  }

  /** The works with a tag of this name of any kind, as the tag's page lists them. */
  WorkPage tagged(Viewer viewer, String name, int page) {
    return find(viewer, "", List.of(name), WorkSort.UPDATED, page);
  }

  /** The works this creator is credited on, most recently updated first. */
  WorkPage byCreator(Viewer viewer, String name, int page) {
    return find(viewer, "", List.of(WorkSearch.CREATOR + ":" + name), WorkSort.UPDATED, page);
  }

  /** The works matching a reader's words, best match first. */
  WorkPage matching(Viewer viewer, String text, int page) {
    return find(viewer, text, List.of(), WorkSort.BEST_MATCH, page);
  }

  /** Feeds number their pages, so they page by position rather than by the search's cursors. */
  private WorkPage find(Viewer viewer, String text, List<String> include, WorkSort sort, int page) {
    WorkHits hits = query.search(viewer,
        new WorkSearch(text, include, List.of(), sort, null, null, Set.of(), false).atPage(page));
    int pages = (int) Math.max(1, (hits.total() + WorkSearch.PAGE_SIZE - 1) / WorkSearch.PAGE_SIZE);
    return new WorkPage(hits.works(), page, pages, hits.total(), WorkSearch.PAGE_SIZE);
  }
}
