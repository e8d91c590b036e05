package dev.quire.history.web;

import dev.quire.account.Viewer;
import dev.quire.history.Readings;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The history's buttons on a work's pages: AO3's "Mark for Later" and "Mark as Read", "Resume"
 * (the chapter and place the reader reached), and where the reading page's script saves the place
 * ({@code POST /works/{id}/place}, a form with its CSRF token; 204). A work the reader may not
 * read is not found.
 */
@Controller
class MarkForLaterController {

  private final Readings readings;

  MarkForLaterController(Readings readings) {
    this.readings = readings;
  }

  @PostMapping("/works/{id}/mark_for_later")
  String markForLater(@PathVariable long id, Viewer viewer) {
    readings.markForLater(viewer, id, true);
    return "redirect:/works/" + id;
  }

  @PostMapping("/works/{id}/mark_as_read")
  String markAsRead(@PathVariable long id, Viewer viewer) {
    readings.markForLater(viewer, id, false);
    return "redirect:/works/" + id;
  }

  @GetMapping("/works/{id}/resume")
  String resume(@PathVariable long id, Viewer viewer) {
    return "redirect:" + readings.resume(viewer, id);
  }

  @PostMapping("/works/{id}/place")
  ResponseEntity<Void> place(@PathVariable long id, @RequestParam int chapter,
      @RequestParam(defaultValue = "0") int paragraph, Viewer viewer) {
    readings.savePlace(viewer, id, chapter, paragraph);
    return ResponseEntity.noContent().build();
  }
}
