package dev.quire.comment;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Too many comments from one account, or one guest's address, within the limit's window: 429, and when to try again. */
public class CommentThrottledException extends ResponseStatusException {

  CommentThrottledException(Duration wait) {
    super(HttpStatus.TOO_MANY_REQUESTS, "You have left as many comments as one may in a short while."
        + " Please try again in " + Math.max(1, (wait.toSeconds() + 59) / 60) + " minutes.");
  }
}
