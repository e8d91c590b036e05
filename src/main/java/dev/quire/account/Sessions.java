package dev.quire.account;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends an account's log-ins on every node at once, since they live in the database: its sessions
 * (Spring Session's tables) and its remember-me tokens. Used when the account is deleted or
 * suspended, or its password reset. Written against the tables, not Spring Session's repository,
 * because a command that opens the archive without a web server has no repository, and its
 * changes must end log-ins all the same. Thread-safe.
 */
@Component
class Sessions {

  private final JdbcTemplate jdbc;

  Sessions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Ends every session and remember-me log-in of {@code userName}. */
  void endAll(String userName) {
    // A session's attributes go with it (on delete cascade, V10).
    jdbc.update("delete from spring_session where principal_name = ?", userName);
    jdbc.update("delete from persistent_logins where username = ?", userName);
  }
}
