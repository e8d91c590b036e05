package dev.quire.comment;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** There is no such comment, or the viewer may not know of it (on a work they may not read, held for approval). */
public class CommentNotFoundException extends ResponseStatusException {

  CommentNotFoundException(long commentId) {
    super(HttpStatus.NOT_FOUND, "There is no comment " + commentId + ".");
  }
}
