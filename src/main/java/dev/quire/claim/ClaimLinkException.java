package dev.quire.claim;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A claim link that claims nothing: unknown (404), or spent or expired (410). Nothing was changed;
 * the message says which, for the person who opened it.
 */
public class ClaimLinkException extends ResponseStatusException {

  ClaimLinkException(HttpStatus status, String message) {
    super(status, message);
  }

  static ClaimLinkException unknown() {
    return new ClaimLinkException(HttpStatus.NOT_FOUND,
        "This claim link is not one the archive sent. Please check that it was copied whole.");
  }

  static ClaimLinkException spent() {
    return new ClaimLinkException(HttpStatus.GONE,
        "This claim link has been used already: its works have been claimed.");
  }

  static ClaimLinkException expired() {
    return new ClaimLinkException(HttpStatus.GONE,
        "This claim link has expired. Please ask the archivist for a new one.");
  }
}
