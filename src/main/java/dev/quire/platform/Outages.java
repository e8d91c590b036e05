package dev.quire.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same answers as {@link BusyResponses} for what reaches the servlet container unanswered: a
 * logged-in visitor's session and remember-me token are read from the database by servlet
 * filters, so a database out of reach fails there first; and a connection the database dropped
 * while a handler used it fails as whatever the persistence layer made of it (often the failed
 * rollback after it, which names no cause). Either would otherwise be a 500: a failure that went
 * through JDBC is answered 503 when the database does not give a connection now. Outermost of the
 * filters but the node's name, so that every failure passes through it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class Outages extends OncePerRequestFilter {

  private final DataSource dataSource;

  Outages(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      Optional<BusyResponses.Refusal> refusal = BusyResponses.refusal(e)
          .or(() -> throughJdbc(e) && !databaseAnswers() ? Optional.of(BusyResponses.NO_DATABASE_NOW) : Optional.empty());
      if (refusal.isEmpty() || response.isCommitted()) {
        throw e;
      }
      BusyResponses.refuse(response, refusal.get());
    }
  }

  private static boolean throughJdbc(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  /** Whether the database gives a working connection now (waiting briefly, see {@link DatabaseReach}). */
  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
