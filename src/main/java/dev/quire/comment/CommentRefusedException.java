package dev.quire.comment;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A comment the viewer may not leave, or an action on one they may not take, with a sentence that
 * says why: 403 for who they are (a guest on a work for registered users), 422 for the comment's
 * state (a reply to a deleted comment, to a frozen thread). Nothing was changed.
 */
public class CommentRefusedException extends ResponseStatusException {

  CommentRefusedException(HttpStatus status, String reason) {
    super(status, reason);
  }

  static CommentRefusedException forbidden(String reason) {
    return new CommentRefusedException(HttpStatus.FORBIDDEN, reason);
  }

  static CommentRefusedException unprocessable(String reason) {
    return new CommentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, reason);
  }
}
