package dev.quire.search.web;

import dev.quire.search.InvalidSearchException;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSort;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import java.util.List;
import dev.quire.tag.TagSlug;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The search page and the works of a tag. */
@Controller
class SearchController {

  /** AO3's archive warnings and categories, the choices its search form offers. */
  static final List<String> WARNINGS = List.of("Choose Not To Use Archive Warnings",
      "Graphic Depictions Of Violence", "Major Character Death", "No Archive Warnings Apply",
      "Rape/Non-Con", "Underage Sex");
  static final List<String> CATEGORIES = List.of("F/F", "F/M", "Gen", "M/M", "Multi", "Other");

  private final WorkQuery query;

  SearchController(WorkQuery query) {
    this.query = query;
  }

  @GetMapping("/works/search")
  String search(@ModelAttribute("form") SearchForm form, Model model) {
    model.addAttribute("sorts", WorkSort.values());
    model.addAttribute("kinds", TagKind.values());
    model.addAttribute("ratings", Rating.values());
    model.addAttribute("warnings", WARNINGS);
    model.addAttribute("categories", CATEGORIES);
    model.addAttribute("searchedFor", form.query());
    model.addAttribute("searchBase", pageBase());
    try {
      model.addAttribute("hits", query.search(form.toSearch()));
    } catch (InvalidSearchException e) {
      model.addAttribute("problem", e.getMessage());
    }
    return "search/results";
  }

  /** This page's address without its cursor, ready for {@code after=}. */
  private static String pageBase() {
    String base = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after")
        .build().toUriString();
    return base + (base.contains("?") ? "&" : "?");
  }

  @GetMapping("/tags/{slug}/works")
  String tag(
      @PathVariable String slug,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String after,
      Model model) {
    String name = TagSlug.decode(slug);
    model.addAttribute("tag", name);
    model.addAttribute("slug", slug);
    model.addAttribute("sort", sort == null ? "" : sort);
    model.addAttribute("searchBase", pageBase());
    try {
      model.addAttribute("hits", query.search(SearchForm.forTag(name, sort, after).toSearch()));
    } catch (InvalidSearchException e) {
      model.addAttribute("problem", e.getMessage());
    }
    return "search/tag";
  }
}
