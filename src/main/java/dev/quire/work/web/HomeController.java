package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.work.WorkCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the most recently updated works the viewer may find. */
@Controller
class HomeController {

  private static final int RECENT = 20;

  private final WorkCatalog catalog;

  HomeController(WorkCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/")
  String home(Viewer viewer, Model model) {
    model.addAttribute("works", catalog.recent(viewer, RECENT));
    return "home";
  }
}
