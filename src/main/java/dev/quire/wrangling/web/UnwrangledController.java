package dev.quire.wrangling.web;

import dev.quire.account.Viewer;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRules;
import dev.quire.wrangling.BulkAction;
import dev.quire.wrangling.UnwrangledQueue;
import dev.quire.wrangling.VocabularyMerge;
import dev.quire.wrangling.Wrangling;
import dev.quire.wrangling.WranglingRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * The unwrangled queue, {@code /tags/unwrangled?fandom=&kind=}: a fandom's (or every) unwrangled
 * tags of a kind, most used first, to tick and wrangle at once: make canonical, make synonyms of a
 * tag, add to a fandom, mark unwrangleable. A bulk action the rules refuse for one tag changes none
 * and comes back with why (422). {@code /tags/unwrangled/merge?fandom=} previews, then accepts, every
 * proposal for a fandom's tags at once ({@link VocabularyMerge}).
 */
@Controller
class UnwrangledController {

  private final UnwrangledQueue queue;
  private final Wrangling wrangling;
  private final VocabularyMerge merge;

  UnwrangledController(UnwrangledQueue queue, Wrangling wrangling, VocabularyMerge merge) {
    this.queue = queue;
    this.wrangling = wrangling;
    this.merge = merge;
  }

  @GetMapping("/tags/unwrangled")
  String queue(@RequestParam(required = false) String fandom, @RequestParam(required = false) String kind,
      Viewer viewer, Model model, HttpServletResponse response) {
    return page(viewer, fandom, kind, model, response);
  }

  @PostMapping("/tags/unwrangled")
  String bulk(@RequestParam(required = false) String fandom, @RequestParam(required = false) String kind,
      @RequestParam String action, @RequestParam(name = "tags", defaultValue = "") List<Long> tags,
      @RequestParam(defaultValue = "") String target, Viewer viewer, Model model, HttpServletResponse response) {
    try {
      int done = wrangling.bulk(viewer, action(action), tags, target);
      return "redirect:/tags/unwrangled?fandom=" + UriUtils.encodeQueryParam(fandom == null ? "" : fandom, StandardCharsets.UTF_8)
          + "&kind=" + UriUtils.encodeQueryParam(kind == null ? "" : kind, StandardCharsets.UTF_8) + "&done=" + done;
    } catch (WranglingRefusedException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      return page(viewer, fandom, kind, model, response);
    }
  }

  /** What accepting every proposal for the fandom's tags would do, to confirm. */
  @GetMapping("/tags/unwrangled/merge")
  String mergePreview(@RequestParam(required = false) String fandom, Viewer viewer, Model model,
      HttpServletResponse response) {
    try {
      model.addAttribute("report", merge.acceptAll(viewer, fandom, true));
    } catch (WranglingRefusedException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      model.addAttribute("report", new VocabularyMerge.Report(fandom == null ? "" : fandom, List.of(), true));
    }
    model.addAttribute("most", VocabularyMerge.MOST);
    return "wrangling/merge";
  }

  @PostMapping("/tags/unwrangled/merge")
  String merge(@RequestParam(required = false) String fandom, Viewer viewer, Model model,
      HttpServletResponse response) {
    try {
      int done = merge.acceptAll(viewer, fandom, false).merged().size();
      return "redirect:/tags/unwrangled?fandom=" + UriUtils.encodeQueryParam(fandom, StandardCharsets.UTF_8)
          + "&done=" + done;
    } catch (WranglingRefusedException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      model.addAttribute("report", new VocabularyMerge.Report(fandom == null ? "" : fandom, List.of(), true));
      model.addAttribute("most", VocabularyMerge.MOST);
      return "wrangling/merge";
    }
  }

  private String page(Viewer viewer, String fandom, String kind, Model model, HttpServletResponse response) {
    TagKind chosen = KindParameter.of(kind);
    model.addAttribute("fandom", fandom == null ? "" : fandom);
    model.addAttribute("kind", chosen);
    model.addAttribute("kinds", TagRules.WRANGLED);
    try {
      model.addAttribute("tags", queue.list(viewer, chosen, fandom));
    } catch (WranglingRefusedException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      model.addAttribute("tags", List.of());
    }
    return "wrangling/unwrangled";
  }

  private static BulkAction action(String action) {
    try {
      return BulkAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "There is no action '" + action + "'.");
    }
  }
}
