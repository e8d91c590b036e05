package dev.quire.work.web;

import dev.quire.tag.InvalidTagNameException;
import dev.quire.work.SuggestionDecisions;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An editor accepts (maybe renamed) or rejects a tag suggestion from the work page. Until accounts
 * exist, whoever can reach the archive edits it; {@code SameOriginPosts} keeps other sites from
 * posting here through a visitor's browser.
 */
@Controller
class SuggestionController {

  private final SuggestionDecisions decisions;

  SuggestionController(SuggestionDecisions decisions) {
    this.decisions = decisions;
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

  @PostMapping("/works/{id}/suggestions/{suggestionId}/accept")
  String accept(@PathVariable long id, @PathVariable long suggestionId,
      @RequestParam(required = false) String name) {
    decisions.accept(id, suggestionId, name);
    return "redirect:/works/" + id + "#suggestions";
  }

  @PostMapping("/works/{id}/suggestions/{suggestionId}/reject")
  String reject(@PathVariable long id, @PathVariable long suggestionId) {
    decisions.reject(id, suggestionId);
    return "redirect:/works/" + id + "#suggestions";
  }
}
