package dev.quire.backup;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a PostgreSQL JDBC address points: host, port, database and, when it names one with
 * {@code currentSchema}, the schema the archive lives in.
 */
record PostgresAddress(String host, int port, String database, Optional<String> schema) {

  private static final String PREFIX = "jdbc:postgresql:";

  static boolean names(String url) {
    return url.startsWith(PREFIX);
  }

  /** Reads {@code jdbc:postgresql://host[:port]/database[?currentSchema=name&...]}. */
  static PostgresAddress of(String url) {
    URI uri = URI.create(url.substring("jdbc:".length()));
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new BackupException("the database address " + url.replaceAll("\\?.*", "")
          + " names no host and database (jdbc:postgresql://host:port/database)");
    }
    Optional<String> schema = Optional.ofNullable(uri.getQuery()).stream()
        .flatMap(query -> Arrays.stream(query.split("&")))
        .filter(parameter -> parameter.startsWith("currentSchema="))
        .map(parameter -> parameter.substring("currentSchema=".length()))
        .findFirst();
    return new PostgresAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1), schema);
  }
}
