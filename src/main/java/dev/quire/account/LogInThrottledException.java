package dev.quire.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed log-ins for the account or the address: the person must wait this long. */
final class LogInThrottledException extends AuthenticationException {

  private final Duration wait;

  LogInThrottledException(Duration wait) {
    super("too many failed log-ins; wait " + wait);
    this.wait = wait;
  }

  /** The wait in whole minutes, rounded up: never 0. */
  long minutes() {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
