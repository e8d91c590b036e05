package dev.quire.search.web;

import dev.quire.account.Viewer;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.tag.TagKind;
import dev.quire.work.web.WorkJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/works}: search, with the same parameters as the search page; pages follow
 * {@code next} as {@code after}, or are numbered with {@code page}. A query or parameter that
 * cannot be read answers 400 with {@code {"message": "..."}} saying what to change. The works,
 * total and facets are those the caller may find: without logging in (or a token), never a
 * restricted work.
 */
@RestController
class WorkSearchApiController {

  private final WorkQuery query;

  WorkSearchApiController(WorkQuery query) {
    this.query = query;
  }

  /**
   * One page of results.
   *
   * @param query the whole search as one query in AO3's syntax
   * @param next the {@code after} parameter of the next page, or {@code null} on the last page
   * @param facets per tag kind, the most used tags among all matches with their counts
   * @param snippets per work id, highlighted passages (HTML) where the words were found
   */
  record Page(
      String query,
      long total,
      long position,
      String sort,
      String order,
      String next,
      List<WorkJson.Summary> works,
      Map<String, List<WorkHits.FacetCount>> facets,
      Map<Long, List<String>> snippets) {}

  @GetMapping("/api/v1/works")
  Page works(@ModelAttribute SearchForm form, Viewer viewer) {
    WorkHits hits = query.search(viewer, form.toSearch());
    Map<String, List<WorkHits.FacetCount>> facets = new LinkedHashMap<>();
    for (TagKind kind : TagKind.values()) {
      facets.put(kind.key(), hits.facetsOf(kind));
    }
    return new Page(form.query(), hits.total(), hits.position(), hits.sort().key(),
        hits.ascending() ? "asc" : "desc", hits.next(),
        hits.works().stream().map(WorkJson::summary).toList(), facets, hits.snippets());
  }
}
