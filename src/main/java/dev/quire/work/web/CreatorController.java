package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.mute.BoundaryKind;
import dev.quire.platform.PageNumber;
import dev.quire.tag.TagSlug;
import dev.quire.work.CreatorWorks;
import dev.quire.work.PseudDetails;
import dev.quire.work.Pseuds;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkSummary.Byline;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A creator's page at AO3's addresses: {@code /users/{user}/pseuds/{pseud}} (where bylines lead)
 * (with the pseud's description) and {@code /users/{user}/works} (every pseud of the account), both
 * listing the works the viewer may find, newest first; a muted creator's too, as the viewer came
 * here by name, with the buttons that mute, block and undo them.
 */
@Controller
class CreatorController {

  static final int PAGE_SIZE = 20;
  static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

  private final WorkCatalog catalog;
  private final Pseuds pseuds;
  private final Boundaries boundaries;

  CreatorController(WorkCatalog catalog, Pseuds pseuds, Boundaries boundaries) {
    this.catalog = catalog;
    this.pseuds = pseuds;
    this.boundaries = boundaries;
  }

  @GetMapping("/users/{user}/pseuds/{pseud}")
  String pseud(@PathVariable String user, @PathVariable String pseud,
      @RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
    String name = TagSlug.decode(pseud);
    int number = pageNumber(page);
    PseudDetails details = pseuds.find(user, name)
        .orElseThrow(() -> WorkController.notFound("There is no creator " + pseud + " (" + user + ")."));
    // A person's pseud is shown before it has works; an unclaimed byline only with works readers
    // may see, so that a byline of hidden works and drafts only is never shown.
    CreatorWorks works = catalog.pseud(viewer, user, name, number, PAGE_SIZE)
        .or(() -> details.heldBySystem() || number > 1 ? Optional.empty() : Optional.of(new CreatorWorks(
            new Byline(details.name(), details.userName()), List.of(), 1, PAGE_SIZE, 0)))
        .orElseThrow(() -> WorkController.notFound("There is no creator " + pseud + " (" + user + ")."));
    model.addAttribute("creator", works);
    model.addAttribute("pagePath", works.creator().pseudPath());
    model.addAttribute("pseud", details);
    standing(viewer, user, model);
    return "users/works";
  }

  @GetMapping("/users/{user}/works")
  String works(@PathVariable String user, @RequestParam(defaultValue = "1") String page, Viewer viewer,
      Model model) {
    CreatorWorks works = catalog.creator(viewer, user, pageNumber(page), PAGE_SIZE)
        .orElseThrow(() -> WorkController.notFound("There is no creator " + user + "."));
    model.addAttribute("creator", works);
    model.addAttribute("pagePath", works.creator().worksPath());
    standing(viewer, user, model);
    return "users/works";
  }

  @GetMapping("/users/{user}")
  String user(@PathVariable String user, Viewer viewer) {
    CreatorWorks works = catalog.creator(viewer, user, 1, PAGE_SIZE)
        .orElseThrow(() -> WorkController.notFound("There is no creator " + user + "."));
    return "redirect:" + works.creator().worksPath();
  }

  /** Whether the viewer muted and blocked this person, for the page's buttons (none when not offered). */
  private void standing(Viewer viewer, String user, Model model) {
    boundaries.towards(viewer, user).ifPresent(held -> {
      model.addAttribute("muted", held.contains(BoundaryKind.MUTE));
      model.addAttribute("blocked", held.contains(BoundaryKind.BLOCK));
    });
  }

  private static int pageNumber(String page) {
    int number = PageNumber.of(page, Integer.MAX_VALUE).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.BAD_REQUEST, "'page' takes a page number from 1, not '" + page + "'"));
    // A page past this would put the query's offset beyond what a database query takes.
    if (number > LAST_PAGE) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "'page' takes a page number from 1 to " + LAST_PAGE + ", not '" + page + "'");
    }
    return number;
  }
}
