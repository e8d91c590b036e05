package dev.quire.catalog.web;

import dev.quire.search.InvalidSearchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the feeds as a status code and one plain-text sentence. A reading app asks for Atom,
 * which no error page is written in, so the sentence goes as text whatever the request accepts
 * (a malformed search, a bad page number, an unknown tag kind).
 */
@ControllerAdvice(assignableTypes = {OpdsController.class, AtomFeedController.class})
class FeedErrors {

  @ExceptionHandler(InvalidSearchException.class)
  ResponseEntity<String> badSearch(InvalidSearchException e) {
    return sentence(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<String> status(ResponseStatusException e) {
    return sentence(e.getStatusCode(), e.getReason());
  }

  private static ResponseEntity<String> sentence(HttpStatusCode status, String message) {
    return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
        .body(message + "\n");
  }
}
