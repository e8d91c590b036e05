package dev.quire.reader;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A change to a reader's history that cannot be made, with the sentence they are shown and its status. */
public class ReadingRefusedException extends ResponseStatusException {

  public ReadingRefusedException(HttpStatus status, String reason) {
    super(status, reason);
  }
}
