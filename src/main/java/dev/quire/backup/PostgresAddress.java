package dev.quire.backup;

import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Where a PostgreSQL JDBC address points: host, port, database and, when it names one with
 * {@code currentSchema}, the schema the archive lives in, as the JDBC driver itself reads the
 * address (several hosts come as libpq takes them, comma-separated in {@code host} and {@code port}).
 */
record PostgresAddress(String host, String port, String database, Optional<String> schema) {

  private static final String PREFIX = "jdbc:postgresql:";

  static boolean names(String url) {
    return url.startsWith(PREFIX);
  }

  /** Reads an address as {@link Driver#parseURL} does. */
  static PostgresAddress of(String url) {
    Properties parts = Driver.parseURL(url, null);
    if (parts == null || parts.getProperty("PGDBNAME", "").isEmpty()) {
      throw new BackupException("the database address " + url.replaceAll("\\?.*", "")
          + " names no host and database (jdbc:postgresql://host:port/database)");
    }
    return new PostgresAddress(parts.getProperty("PGHOST"), parts.getProperty("PGPORT"),
        parts.getProperty("PGDBNAME"), Optional.ofNullable(parts.getProperty("currentSchema")));
  }
}
