package dev.quire.bookmark.web;

import dev.quire.bookmark.InvalidBookmarkException;
import dev.quire.work.WorkNotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The bookmark API's refusals in the API's shape: a bookmark's problems are 400 with
 * {@code "fields"} (as the posting API's), a work the caller may not read 404; the other
 * refusals carry their own status ({@code dev.quire.platform.ApiErrors}).
 */
@RestControllerAdvice(assignableTypes = BookmarkApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookmarkApiErrors {

  @ExceptionHandler(InvalidBookmarkException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidBookmarkException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", e.getReason());
    body.put("fields", e.problems().byField());
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler(WorkNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(WorkNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }
}
