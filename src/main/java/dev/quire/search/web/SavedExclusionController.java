package dev.quire.search.web;

import dev.quire.account.Viewer;
import dev.quire.search.SavedExclusions;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A logged-in reader saves the tags a search excludes as a named set ({@code POST
 * /account/exclusions}), or forgets one ({@code POST /account/exclusions/{id}/delete}), from the
 * filter sidebar, and comes back to the search they were on. A refused set (no name, no tags, a
 * 21st) is a page saying why, with its status.
 */
@Controller
class SavedExclusionController {

  private final SavedExclusions exclusions;

  SavedExclusionController(SavedExclusions exclusions) {
    this.exclusions = exclusions;
  }

  @PostMapping("/account/exclusions")
  String save(@RequestParam(defaultValue = "") String name,
      @RequestParam(name = "exclude", required = false) List<String> filters,
      @RequestParam(defaultValue = "false") boolean always, @RequestParam(defaultValue = "/works") String back,
      Viewer viewer) {
    exclusions.save(viewer, name, filters, always);
    return "redirect:" + local(back);
  }

  @PostMapping("/account/exclusions/{id}/delete")
  String forget(@PathVariable long id, @RequestParam(defaultValue = "/works") String back, Viewer viewer) {
    exclusions.forget(viewer, id);
    return "redirect:" + local(back);
  }

  /** {@code back} when it is a search or list page of this archive, else the works list: never elsewhere. */
  static String local(String back) {
    boolean ours = (back.startsWith("/works") || back.startsWith("/tags/")) && !back.startsWith("//")
        && back.chars().noneMatch(c -> c == '\\' || c < 0x20);
    return ours ? back : "/works";
  }
}
