package dev.quire.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A write by a viewer who may write nothing (a suspended account, or no account), refused by
 * {@link AccountPolicy#checkMayWrite}: 403 with {@value #MESSAGE}, on pages and in the API alike.
 */
public class SuspendedAccountException extends ResponseStatusException {

  static final String MESSAGE = "A suspended account changes nothing.";

  SuspendedAccountException() {
    super(HttpStatus.FORBIDDEN, MESSAGE);
  }
}
