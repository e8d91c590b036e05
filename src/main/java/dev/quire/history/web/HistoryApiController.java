package dev.quire.history.web;

import dev.quire.account.Viewer;
import dev.quire.history.HistoryEntry;
import dev.quire.history.HistoryPage;
import dev.quire.history.Readings;
import dev.quire.work.WorkNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token holder's history: {@code GET /api/v1/me/history?page=N} (20 a page, the most recently
 * visited first; a work they may no longer read has no title and {@code "available": false}), and
 * Mark for Later: {@code POST /api/v1/me/history/{workId}/later} answers {@code 201} (or {@code 200}
 * when it was marked already), {@code DELETE} {@code 204} (or {@code 404} when it was not). A work
 * the holder may not read is {@code 404}.
 */
@RestController
class HistoryApiController {

  /** One work of the history. */
  record ReadingJson(long id, String title, boolean available, Instant lastVisited, int visits, int chapter,
      boolean markedForLater) {

    static ReadingJson of(HistoryEntry entry) {
      var r = entry.reading();
      return new ReadingJson(r.workId(), entry.available() ? entry.work().title() : null, entry.available(),
          r.lastVisited(), r.visits(), r.chapter(), r.markedForLater());
    }
  }

  /** A page of the history. */
  record HistoryJson(int page, int pages, long total, boolean paused, List<ReadingJson> works) {}

  private final Readings readings;

  HistoryApiController(Readings readings) {
    this.readings = readings;
  }

  @GetMapping("/api/v1/me/history")
  HistoryJson history(@RequestParam(defaultValue = "1") int page, Viewer viewer) {
    HistoryPage shown = readings.of(viewer, viewer.userName(), false, page).orElseThrow();
    return new HistoryJson(shown.page(), shown.pages(), shown.total(), shown.preferences().paused(),
        shown.entries().stream().map(ReadingJson::of).toList());
  }

  @PostMapping("/api/v1/me/history/{workId}/later")
  ResponseEntity<Map<String, String>> markForLater(@PathVariable long workId, Viewer viewer) {
    boolean marked = readings.markForLater(viewer, workId, true);
    return ResponseEntity.status(marked ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Map.of("message", marked ? "This work was marked for later." : "This work was marked for later already."));
  }

  @DeleteMapping("/api/v1/me/history/{workId}/later")
  ResponseEntity<Map<String, String>> markAsRead(@PathVariable long workId, Viewer viewer) {
    return readings.markForLater(viewer, workId, false)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "This work was not marked for later."));
  }

  @ExceptionHandler(WorkNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(WorkNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
