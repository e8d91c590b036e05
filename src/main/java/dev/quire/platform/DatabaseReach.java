package dev.quire.platform;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * A database that cannot be reached fails a request in seconds, not after the pool's whole wait.
 * The pool waits up to {@code spring.datasource.hikari.connection-timeout} (10 s) for a connection,
 * which is right when every connection is in use: one is soon given back. But a pool that holds no
 * connection at all while it keeps at least {@code minimum-idle} has failed to open any: the
 * database is down or out of reach, and waiting 10 s more per request only ties up the threads
 * that pages which need no database could use. Such a request waits {@link #UNREACHABLE_WAIT} for
 * a new connection, so a database that has come back is used at once, with no restart.
 */
@Component
class DatabaseReach implements BeanPostProcessor {

  /** How long a request waits for a connection while the pool has none; a reachable database opens one in far less. */
  static final Duration UNREACHABLE_WAIT = Duration.ofSeconds(2);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof HikariDataSource hikari ? new FailingFast(hikari) : bean;
  }

  /** The pool, asked with the short wait while it holds no connection. */
  static final class FailingFast extends DelegatingDataSource {

    private final HikariDataSource hikari;

    FailingFast(HikariDataSource hikari) {
      super(hikari);
      this.hikari = hikari;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (hikari.getHikariPoolMXBean() instanceof HikariPool pool && pool.getTotalConnections() == 0) {
        return pool.getConnection(UNREACHABLE_WAIT.toMillis());
      }
      return hikari.getConnection();
    }
  }
}
