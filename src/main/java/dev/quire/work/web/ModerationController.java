package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.work.VisibilityChanges;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A moderator's takedown from a work's page: Hide Work, and Show Work to undo it. */
@Controller
class ModerationController {

  private final VisibilityChanges visibility;

  ModerationController(VisibilityChanges visibility) {
    this.visibility = visibility;
  }

  @PostMapping("/works/{id}/hide")
  String hide(@PathVariable long id, Viewer viewer) {
    visibility.hide(viewer, id);
    return "redirect:/works/" + id;
  }

  @PostMapping("/works/{id}/unhide")
  String unhide(@PathVariable long id, Viewer viewer) {
    visibility.unhide(viewer, id);
    return "redirect:/works/" + id;
  }
}
