package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.stats.StatCounters;
import dev.quire.work.Kudos;
import dev.quire.work.KudosRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/works/{id}/kudos} for a token that may write: {@code 201} with the work's
 * kudos count the first time, {@code 200} and the same count again (still one kudos); {@code 422}
 * on one's own work, {@code 404} for a work the caller may not read.
 */
@RestController
class KudosApiController {

  /** The answer: what happened, in AO3's words, and the work's kudos now. */
  record KudosJson(String message, int kudos) {}

  private final Kudos kudos;
  private final StatCounters counters;

  KudosApiController(Kudos kudos, StatCounters counters) {
    this.kudos = kudos;
    this.counters = counters;
  }

  @PostMapping("/api/v1/works/{id}/kudos")
  ResponseEntity<KudosJson> leave(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
    Kudos.Outcome outcome;
    try {
      outcome = kudos.leave(viewer, id, request.getRemoteAddr());
    } catch (KudosRefusedException refused) {
      throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
    }
    // The work was found readable by leave(), which counted a new kudos as it committed.
    int count = counters.kudos(id);
    return outcome == Kudos.Outcome.LEFT
        ? ResponseEntity.status(HttpStatus.CREATED).body(new KudosJson("Thank you for leaving kudos!", count))
        : ResponseEntity.ok(new KudosJson("You have already left kudos here. :)", count));
  }
}
