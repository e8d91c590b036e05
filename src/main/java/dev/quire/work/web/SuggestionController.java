package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.tag.InvalidTagNameException;
import dev.quire.tag.TagKind;
import dev.quire.work.SuggestionDecisions;
import dev.quire.work.SuggestionQueue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An editor works through tag suggestions: on the work page (one at a time, or all of a work at
 * once) and in the review queue across the archive, where each decision leads back to the same
 * place in the queue. Until accounts exist, whoever can reach the archive decides;
 * {@code SameOriginPosts} keeps other sites from posting here through a visitor's browser.
 */
@Controller
class SuggestionController {

  private final SuggestionDecisions decisions;
  private final SuggestionQueue queue;

  SuggestionController(SuggestionDecisions decisions, SuggestionQueue queue) {
    this.decisions = decisions;
    this.queue = queue;
  }

  /** A renamed suggestion's name that no tag may have. */
  @ExceptionHandler(InvalidTagNameException.class)
  void badName(InvalidTagNameException e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.BAD_REQUEST.value(), "That name cannot be a tag: " + e.getMessage() + ".");
  }

  /** SuggestionDecisions names a missing work or suggestion this way. */
  @ExceptionHandler(IllegalArgumentException.class)
  void notFound(IllegalArgumentException e, HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
  }

  @GetMapping("/suggestions")
  String queue(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String min,
      @RequestParam(required = false) String order,
      @RequestParam(required = false) String page,
      Viewer viewer,
      Model model) {
    QueueFilter filter = QueueFilter.of(kind, min, order, page);
    model.addAttribute("filter", filter);
    model.addAttribute("kinds", TagKind.values());
    model.addAttribute("queue",
        queue.waiting(viewer, filter.kind(), filter.minPercent() / 100.0, filter.likeliestFirst(), filter.page()));
    return "suggestions/queue";
  }

  @PostMapping("/works/{id}/suggestions/{suggestionId}/accept")
  String accept(@PathVariable long id, @PathVariable long suggestionId,
      @RequestParam(required = false) String name, Back back, Viewer viewer) {
    String target = back.to(id);
    decisions.accept(viewer, id, suggestionId, name);
    return target;
  }

  @PostMapping("/works/{id}/suggestions/{suggestionId}/reject")
  String reject(@PathVariable long id, @PathVariable long suggestionId, Back back, Viewer viewer) {
    String target = back.to(id);
    decisions.reject(viewer, id, suggestionId);
    return target;
  }

  @PostMapping("/works/{id}/suggestions/accept-all")
  String acceptAll(@PathVariable long id, Viewer viewer) {
    decisions.acceptAll(viewer, id);
    return Back.toWork(id);
  }

  /**
   * Where a decision leads: back to the work's suggestions, or, when it was made in the queue
   * ({@code queue} set), to the queue as it was filtered; never to an address a form names.
   */
  record Back(String queue, String kind, String min, String order, String page) {

    String to(long workId) {
      return queue == null ? toWork(workId) : "redirect:" + QueueFilter.of(kind, min, order, page).url();
    }

    static String toWork(long workId) {
      return "redirect:/works/" + workId + "#suggestions";
    }
  }
}
