package dev.quire.stats;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Inserts a row unless a unique key already holds one like it, and says whether it did: what makes
 * a kudos and a hit count once. PostgreSQL skips the row ({@code on conflict do nothing}), so the
 * transaction goes on; H2, one process, answers a duplicate with an error that leaves the
 * transaction as it was. Thread-safe.
 */
@Component
class OnceOnly {

  private final JdbcTemplate jdbc;
  private final Supplier<Boolean> postgres;

  OnceOnly(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.postgres = SingletonSupplier.of(() -> jdbc.execute((ConnectionCallback<Boolean>)
        connection -> connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
  }

  /**
   * Runs {@code insert} (one row: {@code insert into ... values (...)} or {@code ... select ...})
   * with {@code values}, inside the caller's transaction.
   *
   * @return whether a row is new
   */
  boolean insert(String row, Object... values) {
    if (postgres.get()) {
      return jdbc.update(row + " on conflict do nothing", values) == 1;
    }
    try {
      return jdbc.update(row, values) == 1;
    } catch (DuplicateKeyException known) {
      return false;
    }
  }
}
