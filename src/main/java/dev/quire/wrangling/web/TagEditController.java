package dev.quire.wrangling.web;

import dev.quire.account.Viewer;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import dev.quire.wrangling.TagEdit;
import dev.quire.wrangling.WrangledTag;
import dev.quire.wrangling.Wrangling;
import dev.quire.wrangling.WranglingRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A tag's wrangling page, {@code /tags/{tag}/edit} ({@code ?kind=} when several kinds have the
 * name): its kind (changed with {@code new_kind}), canonical flag, synonym of, synonyms, parents, meta and sub tags, works count,
 * re-filings in search and audit trail; the form saves every field at once, and the last change
 * can be undone. A change the rules refuse comes back with why (422), nothing changed.
 */
@Controller
class TagEditController {

  private final Wrangling wrangling;

  TagEditController(Wrangling wrangling) {
    this.wrangling = wrangling;
  }

  @GetMapping("/tags/{slug}/edit")
  String edit(@PathVariable String slug, @RequestParam(required = false) String kind, Viewer viewer, Model model) {
    return page(wrangling.tag(viewer, TagSlug.decode(slug), KindParameter.of(kind)), model);
  }

  @PostMapping("/tags/{slug}/edit")
  String save(@PathVariable String slug, @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "false") boolean canonical,
      @RequestParam(name = "synonym_of", defaultValue = "") String synonymOf,
      @RequestParam(defaultValue = "") String parents,
      @RequestParam(name = "meta_tags", defaultValue = "") String metaTags,
      @RequestParam(defaultValue = "false") boolean unwrangleable,
      @RequestParam(name = "new_kind", required = false) String newKind,
      Viewer viewer, Model model, HttpServletResponse response) {
    TagKind chosen = KindParameter.of(kind);
    TagEdit edit = new TagEdit(canonical, synonymOf, TagEdit.names(parents), TagEdit.names(metaTags), unwrangleable,
        newKind);
    try {
      return back(wrangling.change(viewer, TagSlug.decode(slug), chosen, edit));
    } catch (WranglingRefusedException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      return page(wrangling.tag(viewer, TagSlug.decode(slug), chosen), model);
    }
  }

  @PostMapping("/tags/{slug}/undo")
  String undo(@PathVariable String slug, @RequestParam(required = false) String kind, Viewer viewer, Model model,
      HttpServletResponse response) {
    TagKind chosen = KindParameter.of(kind);
    try {
      return back(wrangling.undo(viewer, TagSlug.decode(slug), chosen));
    } catch (WranglingRefusedException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      return page(wrangling.tag(viewer, TagSlug.decode(slug), chosen), model);
    }
  }

  private static String page(WrangledTag tag, Model model) {
    model.addAttribute("tag", tag);
    model.addAttribute("slug", TagSlug.encode(tag.name()));
    return "wrangling/edit";
  }

  private static String back(WrangledTag tag) {
    return "redirect:/tags/" + UriUtils.encodePathSegment(TagSlug.encode(tag.name()), StandardCharsets.UTF_8)
        + "/edit?kind=" + tag.kind().key() + "&saved";
  }
}
