package dev.quire.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Overload, and a server the archive needs that does not answer, are answered {@code 503} with
 * {@code Retry-After}, on pages and in the API alike, never 500: the archive is busy; its database
 * cannot be reached; its search index cannot be reached. Everything else keeps working (pages
 * that need neither, static files, error pages), and the next request after the server is back
 * is served, with no restart. First of the exception handlers, so that no broader handler turns
 * these into another error; {@link Outages} answers the same for what no handler here took: a
 * connection cut while in use, and failures in the servlet filters.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyResponses {

  /** When to ask again after the pool's wait for a connection ran out. */
  static final Duration POOL_RETRY = Duration.ofSeconds(5);

  /** When to ask again after a server did not answer: long enough for a restart. */
  static final Duration UNREACHABLE_RETRY = Duration.ofSeconds(30);

  static final String BUSY = "The archive is busy: please try again in a few seconds.";
  static final String NO_DATABASE =
      "The archive cannot reach its database just now: please try again in a minute.";
  static final String NO_INDEX =
      "Search is unavailable: the archive cannot reach its search index just now. Works can still be read;"
          + " please try searching again in a minute.";

  /** A refusal: what the visitor is told, and when to ask again. */
  record Refusal(String message, Duration retryAfter) {}

  static final Refusal NO_DATABASE_NOW = new Refusal(NO_DATABASE, UNREACHABLE_RETRY);

  @ExceptionHandler(ArchiveBusyException.class)
  void busy(ArchiveBusyException e, HttpServletResponse response) throws IOException {
    refuse(response, new Refusal(e.getMessage(), e.retryAfter()));
  }

  /**
   * The pool's bounded wait ran out (HikariCP's "Connection is not available, request timed out"),
   * found anywhere in the exception's causes: every connection stayed in use for that long, or,
   * when the pool's last attempt to open one failed (its cause), the database is out of reach.
   */
  @ExceptionHandler(SQLTransientConnectionException.class)
  void noConnection(SQLTransientConnectionException e, HttpServletResponse response) throws IOException {
    refuse(response, noConnection(e));
  }

  /** The search index's cluster did not answer a search; another failure of the index is not this one's to answer. */
  @ExceptionHandler(SearchException.class)
  void searchFailed(SearchException e, HttpServletResponse response) throws IOException {
    refuse(response, unreachableIndex(e).orElseThrow(() -> e));
  }

  /** The refusal for {@code failure}, if it is one of these, found anywhere in its causes. */
  static Optional<Refusal> refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ArchiveBusyException busy) {
        return Optional.of(new Refusal(busy.getMessage(), busy.retryAfter()));
      }
      if (cause instanceof SQLTransientConnectionException noConnection) {
        return Optional.of(noConnection(noConnection));
      }
      if (cause instanceof SearchException search) {
        return unreachableIndex(search);
      }
      // SQL's class 08, a connection exception: the database went away under a connection in use.
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return Optional.of(NO_DATABASE_NOW);
      }
    }
    return Optional.empty();
  }

  private static Refusal noConnection(SQLTransientConnectionException e) {
    return e.getCause() == null ? new Refusal(BUSY, POOL_RETRY) : NO_DATABASE_NOW;
  }

  /**
   * A search exception is the cluster's absence when the request to it failed on the network, or
   * when no node answered it within the client's {@code request_timeout} (a node that hangs rather
   * than dies keeps its connections open, so nothing fails on the network until then).
   */
  private static Optional<Refusal> unreachableIndex(SearchException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException || cause instanceof SearchTimeoutException) {
        return Optional.of(new Refusal(NO_INDEX, UNREACHABLE_RETRY));
      }
    }
    return Optional.empty();
  }

  static void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
    Duration retryAfter = refusal.retryAfter();
    long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, refusal.message());
  }
}
