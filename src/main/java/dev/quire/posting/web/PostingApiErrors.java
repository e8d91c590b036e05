package dev.quire.posting.web;

import dev.quire.posting.ChapterNotFoundException;
import dev.quire.posting.PostingRefusedException;
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
 * The posting API's refusals as the API's error shape: {@code {"message"}}, and for a work the
 * posting rules refuse, 400 with {@code "fields"}: each field's name (as the request named it,
 * {@code chapters[1].text} for a chapter's) and its problem.
 */
@RestControllerAdvice(assignableTypes = WorkPostingApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PostingApiErrors {

  @ExceptionHandler(PostingRefusedException.class)
  ResponseEntity<Map<String, Object>> refused(PostingRefusedException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", e.getMessage());
    body.put("fields", e.problems());
    return ResponseEntity.badRequest().body(body);
  }

  @ExceptionHandler({WorkNotFoundException.class, ChapterNotFoundException.class})
  ResponseEntity<Map<String, String>> notFound(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Map<String, String>> denied(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }
}
