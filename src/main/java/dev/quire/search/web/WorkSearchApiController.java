package dev.quire.search.web;

import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.work.web.WorkJson;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/works}: search, with the same parameters as the search page. */
@RestController
class WorkSearchApiController {

  private final WorkQuery query;

  WorkSearchApiController(WorkQuery query) {
    this.query = query;
  }

  /** One page of results: {@code {"total": N, "page": P, "pages": K, "works": [summary, ...]}}. */
  record Page(long total, int page, int pages, List<WorkJson.Summary> works) {}

  @GetMapping("/api/v1/works")
  Page works(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) List<String> include,
      @RequestParam(required = false) List<String> exclude,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page) {
    WorkHits hits = query.search(new SearchParameters(q, include, exclude, sort, page).toSearch());
    return new Page(hits.total(), hits.search().page(), hits.pages(),
        hits.works().stream().map(WorkJson::summary).toList());
  }
}
