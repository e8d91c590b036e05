package dev.quire.mute.web;

import dev.quire.account.SuspendedAccountException;
import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.mute.BoundaryKind;
import dev.quire.mute.BoundaryRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/mutes} and {@code /account/blocks}: the logged-in account's muted and blocked
 * users, added by user name (here, or by the button on a user's page) and removed one by one. A
 * refused name (unknown, oneself, past the limit) shows the page again with why, and its status.
 * The security chain lets only logged-in visitors here.
 */
@Controller
class BoundaryController {

  private final Boundaries boundaries;

  BoundaryController(Boundaries boundaries) {
    this.boundaries = boundaries;
  }

  @GetMapping("/account/" + BoundaryPath.KINDS)
  String list(@PathVariable String kind, Viewer viewer, Model model) {
    return page(viewer, BoundaryPath.kind(kind), model);
  }

  @PostMapping("/account/" + BoundaryPath.KINDS)
  String add(@PathVariable String kind, @RequestParam(defaultValue = "") String name, Viewer viewer, Model model,
      HttpServletResponse response) {
    BoundaryKind chosen = BoundaryPath.kind(kind);
    try {
      boundaries.add(viewer, chosen, name);
    } catch (BoundaryRefusedException | SuspendedAccountException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      model.addAttribute("name", name);
      return page(viewer, chosen, model);
    }
    return "redirect:/account/" + kind + "?done";
  }

  @PostMapping("/account/" + BoundaryPath.KINDS + "/{user}/delete")
  String remove(@PathVariable String kind, @PathVariable String user, Viewer viewer) {
    boundaries.remove(viewer, BoundaryPath.kind(kind), user);
    return "redirect:/account/" + kind + "?undone";
  }

  private String page(Viewer viewer, BoundaryKind kind, Model model) {
    model.addAttribute("kind", kind);
    model.addAttribute("word", BoundaryPath.word(kind));
    model.addAttribute("users", boundaries.list(viewer, kind));
    model.addAttribute("limit", BoundaryKind.LIMIT);
    return "account/boundaries";
  }
}
