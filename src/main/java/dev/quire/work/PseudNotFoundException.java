package dev.quire.work;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no such account, or no pseud of that name held by it. Pages answer 404 with this message. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PseudNotFoundException extends RuntimeException {

  PseudNotFoundException(String userName, String name) {
    super(name == null ? "There is no user " + userName + "." : "There is no pseud " + name + " of " + userName + ".");
  }
}
