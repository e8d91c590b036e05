package dev.quire.mute.web;

import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.mute.BoundaryKind;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token holder's mutes and blocks: {@code GET /api/v1/me/mutes} lists the user names,
 * {@code POST /api/v1/me/mutes/{user}} answers {@code 201} (or {@code 200} when it was there
 * already), {@code DELETE} answers {@code 204} (or {@code 404} when there was none); the same under
 * {@code /blocks}. An unknown user is {@code 404}; oneself, the archive's own accounts and a
 * 2,001st are {@code 422}, each with a message.
 */
@RestController
class BoundaryApiController {

  /** A list of user names. */
  record UsersJson(List<String> users, int limit) {}

  private final Boundaries boundaries;

  BoundaryApiController(Boundaries boundaries) {
    this.boundaries = boundaries;
  }

  @GetMapping("/api/v1/me/" + BoundaryPath.KINDS)
  UsersJson list(@PathVariable String kind, Viewer viewer) {
    return new UsersJson(boundaries.list(viewer, BoundaryPath.kind(kind)), BoundaryKind.LIMIT);
  }

  @PostMapping("/api/v1/me/" + BoundaryPath.KINDS + "/{user}")
  ResponseEntity<Map<String, String>> add(@PathVariable String kind, @PathVariable String user, Viewer viewer) {
    BoundaryKind chosen = BoundaryPath.kind(kind);
    boolean added = boundaries.add(viewer, chosen, user);
    return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
        .body(Map.of("message", added ? "You have " + chosen.done() + " " + user.strip() + "."
            : "You had " + chosen.done() + " " + user.strip() + " already."));
  }

  @DeleteMapping("/api/v1/me/" + BoundaryPath.KINDS + "/{user}")
  ResponseEntity<Map<String, String>> remove(@PathVariable String kind, @PathVariable String user, Viewer viewer) {
    BoundaryKind chosen = BoundaryPath.kind(kind);
    return boundaries.remove(viewer, chosen, user)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "You have not " + chosen.done() + " " + user.strip() + "."));
  }
}
