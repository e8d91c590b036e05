package dev.quire.work.web;

import dev.quire.work.SuggestionDecisions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

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

  @PostMapping("/works/{id}/suggestions/{suggestionId}/accept")
  String accept(@PathVariable long id, @PathVariable long suggestionId,
      @RequestParam(required = false) String name) {
    try {
      decisions.accept(id, suggestionId, name);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "redirect:/works/" + id + "#suggestions";
  }

  @PostMapping("/works/{id}/suggestions/{suggestionId}/reject")
  String reject(@PathVariable long id, @PathVariable long suggestionId) {
    try {
      decisions.reject(id, suggestionId);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "redirect:/works/" + id + "#suggestions";
  }
}
