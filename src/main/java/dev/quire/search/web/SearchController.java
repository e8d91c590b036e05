package dev.quire.search.web;

import dev.quire.search.InvalidSearchException;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSort;
import dev.quire.tag.TagSlug;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page and the works of a tag. */
@Controller
class SearchController {

  private final WorkQuery query;

  SearchController(WorkQuery query) {
    this.query = query;
  }

  @GetMapping("/works/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) List<String> include,
      @RequestParam(required = false) List<String> exclude,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("sorts", WorkSort.values());
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("include", include == null ? "" : String.join(",", include));
    model.addAttribute("exclude", exclude == null ? "" : String.join(",", exclude));
    model.addAttribute("sort", sort == null ? "" : sort);
    try {
      model.addAttribute("hits", query.search(new SearchParameters(q, include, exclude, sort, page).toSearch()));
    } catch (InvalidSearchException e) {
      model.addAttribute("problem", e.getMessage());
    }
    return "search/results";
  }

  @GetMapping("/tags/{slug}/works")
  String tag(
      @PathVariable String slug,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page,
      Model model) {
    String name = TagSlug.decode(slug);
    model.addAttribute("tag", name);
    model.addAttribute("slug", slug);
    model.addAttribute("hits", query.search(
        new SearchParameters(null, List.of(name), List.of(), sort == null ? "updated" : sort, page).toSearch()));
    return "search/tag";
  }
}
