package dev.quire.platform;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * A database that cannot be reached fails a request in seconds, not after the pool's whole wait.
 * The pool waits up to {@code spring.datasource.hikari.connection-timeout} (10 s) for a connection,
 * which is right when every connection is in use: one is soon given back. But when the database has
 * gone away, the pool's connections are dead and it cannot open new ones, and waiting 10 s more per
 * request only ties up the threads that pages which need no database could use. So a request first
 * waits {@link #UNREACHABLE_WAIT}; if no connection came and the pool's last attempt to open one
 * failed (the cause HikariCP gives its timeout), the database is out of reach and the request fails
 * now; otherwise every connection is in use and it waits the rest of the pool's time.
 *
 * <p>The first request after the database went away is the one this matters most for: the pool
 * still counts the connections the database closed, finds each dead as it hands it out (at once:
 * their sockets are closed), and would then wait its whole time for a new one that cannot be
 * opened. A database that has come back is used at once, with no restart. (A busy pool's wait past
 * {@link #UNREACHABLE_WAIT} shows in the pool's timeout count although the request is then served.)
 */
@Component
class DatabaseReach implements BeanPostProcessor {

  /** The first wait for a connection; a reachable database opens one in far less. */
  static final Duration UNREACHABLE_WAIT = Duration.ofSeconds(2);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof HikariDataSource hikari ? new FailingFast(hikari) : bean;
  }

  /** The pool, asked with the short wait first. */
  static final class FailingFast extends DelegatingDataSource {

    private final HikariDataSource hikari;

    FailingFast(HikariDataSource hikari) {
      super(hikari);
      this.hikari = hikari;
    }

    @Override
    public Connection getConnection() throws SQLException {
      // The pool starts with the first connection asked for; until then it has no short wait to give.
      if (!(hikari.getHikariPoolMXBean() instanceof HikariPool pool)) {
        return hikari.getConnection();
      }
      try {
        return pool.getConnection(UNREACHABLE_WAIT.toMillis());
      } catch (SQLTransientConnectionException e) {
        if (e.getCause() != null) {
          throw e;
        }
        return pool.getConnection(hikari.getConnectionTimeout() - UNREACHABLE_WAIT.toMillis());
      }
    }
  }
}
