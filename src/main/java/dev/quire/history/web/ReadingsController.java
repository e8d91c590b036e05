package dev.quire.history.web;

import dev.quire.account.Viewer;
import dev.quire.history.HistoryPage;
import dev.quire.history.Readings;
import dev.quire.reader.ReadingHistory;
import dev.quire.reader.ReadingPreferences;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * A reader's History at AO3's address, {@code /users/{user}/readings} ({@code ?show=to-read}: the
 * works marked for later), 20 a page; deleting one work from it, clearing it (after a confirming
 * page), and its two choices: pause it, hide works read from lists. Everyone but its reader is
 * answered 404, as for a user with no history; the security chain sends guests to log in.
 */
@Controller
class ReadingsController {

  private final Readings readings;
  private final ReadingHistory history;

  ReadingsController(Readings readings, ReadingHistory history) {
    this.readings = readings;
    this.history = history;
  }

  @GetMapping("/users/{user}/readings")
  String list(@PathVariable String user, @RequestParam(required = false) String show,
      @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
    HistoryPage shown = readings.of(viewer, user, "to-read".equals(show), page).orElseThrow(() -> noHistory(user));
    model.addAttribute("history", shown);
    return "readings/index";
  }

  @PostMapping("/users/{user}/readings/{workId}/delete")
  String delete(@PathVariable String user, @PathVariable long workId, Viewer viewer) {
    history.forget(own(viewer, user), workId);
    return "redirect:" + address(viewer) + "?deleted";
  }

  @GetMapping("/users/{user}/readings/clear")
  String confirmClear(@PathVariable String user, Viewer viewer, Model model) {
    model.addAttribute("userName", own(viewer, user).userName());
    return "readings/clear";
  }

  @PostMapping("/users/{user}/readings/clear")
  String clear(@PathVariable String user, Viewer viewer) {
    history.clear(own(viewer, user));
    return "redirect:" + address(viewer) + "?cleared";
  }

  @PostMapping("/users/{user}/readings/preferences")
  String choose(@PathVariable String user, @RequestParam(defaultValue = "false") boolean paused,
      @RequestParam(name = "hide_read", defaultValue = "false") boolean hideRead, Viewer viewer) {
    history.choose(own(viewer, user), new ReadingPreferences(paused, hideRead));
    return "redirect:" + address(viewer) + "?chosen";
  }

  /** {@code viewer} when it is {@code user}; otherwise 404, as the page itself answers. */
  private static Viewer own(Viewer viewer, String user) {
    if (viewer.isGuest() || !viewer.userName().equalsIgnoreCase(user)) {
      throw noHistory(user);
    }
    return viewer;
  }

  private static String address(Viewer viewer) {
    return "/users/" + UriUtils.encodePathSegment(viewer.userName(), "UTF-8") + "/readings";
  }

  private static ResponseStatusException noHistory(String user) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no history of " + user + " for you to see.");
  }
}
