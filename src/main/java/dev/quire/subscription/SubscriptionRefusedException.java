package dev.quire.subscription;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A subscription that cannot be made or undone, with the sentence the reader is shown and its status. */
public class SubscriptionRefusedException extends ResponseStatusException {

  SubscriptionRefusedException(HttpStatus status, String reason) {
    super(status, reason);
  }
}
