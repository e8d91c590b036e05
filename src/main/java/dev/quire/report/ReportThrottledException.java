package dev.quire.report;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Too many reports from one address, or from one client, within the hour: 429, and when to try again. */
public class ReportThrottledException extends ResponseStatusException {

  ReportThrottledException(Duration wait) {
    super(HttpStatus.TOO_MANY_REQUESTS, "You have sent as many reports as one may in an hour. Please try again in "
        + Math.max(1, (wait.toSeconds() + 59) / 60) + " minutes.");
  }
}
