package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.tag.TagSlug;
import dev.quire.work.CreatorWorks;
import dev.quire.work.WorkCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A creator's page at AO3's addresses: {@code /users/{user}/pseuds/{pseud}} (where bylines lead)
 * and {@code /users/{user}/works}, both listing the works the viewer may find, newest first. A creator
 * has one pseud, their name, so the user name alone finds them.
 */
@Controller
class CreatorController {

  static final int PAGE_SIZE = 20;
  static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

  private final WorkCatalog catalog;

  CreatorController(WorkCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/users/{user}/pseuds/{pseud}")
  String pseud(@PathVariable String user, @PathVariable String pseud,
      @RequestParam(defaultValue = "1") String page, Viewer viewer,
      Model model) {
    CreatorWorks works = catalog.pseud(viewer, user, TagSlug.decode(pseud), pageNumber(page), PAGE_SIZE)
        .orElseThrow(() -> WorkController.notFound("There is no creator " + pseud + " (" + user + ")."));
    model.addAttribute("creator", works);
    return "users/works";
  }

  @GetMapping("/users/{user}/works")
  String works(@PathVariable String user, @RequestParam(defaultValue = "1") String page, Viewer viewer,
      Model model) {
    CreatorWorks works = catalog.creator(viewer, user, pageNumber(page), PAGE_SIZE)
        .orElseThrow(() -> WorkController.notFound("There is no creator " + user + "."));
    model.addAttribute("creator", works);
    return "users/works";
  }

  @GetMapping("/users/{user}")
  String user(@PathVariable String user, Viewer viewer) {
    CreatorWorks works = catalog.creator(viewer, user, 1, PAGE_SIZE)
        .orElseThrow(() -> WorkController.notFound("There is no creator " + user + "."));
    return "redirect:" + works.creator().worksPath();
  }

  private static int pageNumber(String page) {
    String number = page.strip();
    if (!number.matches("[1-9][0-9]{0,8}")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "'page' takes a page number from 1, not '" + page + "'");
    }
    // A page past this would put the query's offset beyond what a database query takes.
    if (Integer.parseInt(number) > LAST_PAGE) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "'page' takes a page number from 1 to " + LAST_PAGE + ", not '" + page + "'");
    }
    return Integer.parseInt(number);
  }
}
