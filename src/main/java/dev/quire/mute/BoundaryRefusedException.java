package dev.quire.mute;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A mute or block that cannot be made, with the sentence the account is shown and its status. */
public class BoundaryRefusedException extends ResponseStatusException {

  BoundaryRefusedException(HttpStatus status, String reason) {
    super(status, reason);
  }
}
