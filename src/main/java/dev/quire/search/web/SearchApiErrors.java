package dev.quire.search.web;

import dev.quire.search.InvalidSearchException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A search the archive cannot run, wherever the API takes one (the work search, a saved search to
 * subscribe to), is 400 with the API's {@code {"message"}} saying why. Kept with search so that
 * {@code dev.quire.platform} depends on no feature.
 */
@RestControllerAdvice(annotations = RestController.class)
class SearchApiErrors {

  @ExceptionHandler(InvalidSearchException.class)
  ResponseEntity<Map<String, String>> badSearch(InvalidSearchException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
  }
}
