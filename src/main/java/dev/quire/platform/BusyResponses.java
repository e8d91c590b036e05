package dev.quire.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Overload answers {@code 503} with {@code Retry-After}, on pages and in the API alike, never 500.
 * First of the exception handlers, so that no broader handler turns overload into another error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyResponses {

  /** When to ask again after the pool's wait for a connection ran out. */
  static final Duration POOL_RETRY = Duration.ofSeconds(5);

  @ExceptionHandler(ArchiveBusyException.class)
  void busy(ArchiveBusyException e, HttpServletResponse response) throws IOException {
    refuse(response, e.getMessage(), e.retryAfter());
  }

  /**
   * The pool's bounded wait ran out (HikariCP's "Connection is not available, request timed out"),
   * found anywhere in the exception's causes: every connection stayed in use for that long.
   */
  @ExceptionHandler(SQLTransientConnectionException.class)
  void noConnection(HttpServletResponse response) throws IOException {
    refuse(response, "The archive is busy: please try again in a few seconds.", POOL_RETRY);
  }

  private static void refuse(HttpServletResponse response, String message, Duration retryAfter) throws IOException {
    long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, message);
  }
}
