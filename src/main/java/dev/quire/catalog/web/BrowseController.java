package dev.quire.catalog.web;

import dev.quire.account.Viewer;
import dev.quire.catalog.TagCount;
import dev.quire.catalog.TagIndex;
import dev.quire.tag.TagKind;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browsing as on AO3: {@code /fandoms} (every fandom by media category, A–Z, with its works
 * counted) and {@code /tags} (the most used tags of each kind, or every tag of one kind in pages).
 * Each tag leads to its page, {@code /tags/{tag}}.
 */
@Controller
class BrowseController {

  /** How many of each kind's most used tags {@code /tags} shows. */
  static final int MOST_USED = 50;
  /** How many tags a page of one kind's tags lists. */
  static final int PAGE_SIZE = 200;

  private final TagIndex index;

  BrowseController(TagIndex index) {
    this.index = index;
  }

  @GetMapping("/fandoms")
  String fandoms(Viewer viewer, Model model) {
    model.addAttribute("media", index.fandomsByMedium(viewer));
    return "catalog/fandoms";
  }

  @GetMapping("/tags")
  String tags(
      @RequestParam(required = false) String kind, @RequestParam(defaultValue = "1") String page, Viewer viewer,
      Model model) {
    if (kind == null || kind.isBlank()) {
      model.addAttribute("mostUsed", index.mostUsed(viewer, MOST_USED));
      return "catalog/tags";
    }
    TagKind chosen = CatalogParameters.kind(kind);
    Page<TagCount> tags = index.tags(viewer, chosen, CatalogParameters.page(page), PAGE_SIZE);
    model.addAttribute("kind", chosen);
    model.addAttribute("tags", tags);
    return "catalog/kind";
  }
}
