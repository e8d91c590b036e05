package dev.quire.work.web;

import dev.quire.work.WorkCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the archive's most recently updated works. */
@Controller
class HomeController {

  private static final int RECENT = 20;

  private final WorkCatalog catalog;

  HomeController(WorkCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("works", catalog.recent(RECENT));
    return "home";
  }
}
