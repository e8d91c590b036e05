package dev.quire.claim;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An archivist's request about an unclaimed byline that cannot be done; nothing was changed. */
public class InvalidClaimException extends ResponseStatusException {

  InvalidClaimException(String message) {
    super(HttpStatus.BAD_REQUEST, message);
  }
}
