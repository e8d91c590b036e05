package dev.quire.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The same archive in PostgreSQL full-text search, as a small archive would build it: one table of
 * works with the tags as a {@code text[]} and a stored {@code tsvector} of title, summary and text,
 * GIN indexes on both and b-trees on the numbers and dates. Lives in a schema of its own, dropped on
 * {@link #close} unless kept. Not thread-safe.
 */
final class PostgresTwin implements AutoCloseable {

  /**
   * Where the twin's server is.
   *
   * @param url a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/bench}
   */
  record Server(String url, String user, String password) {}

  /** How long loading took. */
  record Load(double copySeconds, double indexSeconds) {}

  private final Connection connection;
  private final String schema;
  private final boolean keep;

  private PostgresTwin(Connection connection, String schema, boolean keep) {
    this.connection = connection;
    this.schema = schema;
    this.keep = keep;
  }

  /** Connects and makes a fresh schema; {@code keep} leaves it behind on close. */
  static PostgresTwin open(Server server, boolean keep) throws SQLException {
    Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
    String schema = "quire_bench_" + Long.toString(System.currentTimeMillis(), 36);
    try (Statement statement = connection.createStatement()) {
      statement.execute("create schema " + schema);
      statement.execute("set search_path to " + schema);
    }
    return new PostgresTwin(connection, schema, keep);
  }

  String schema() {
    return schema;
  }

  /** Loads every work of {@code archive} with COPY, then builds the indexes. */
  Load load(SyntheticArchive archive) throws SQLException {
    long start = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      statement.execute("""
          create table bench_work (
            id integer primary key, title text not null, creator text not null, summary text,
            language text, words integer not null, chapters integer not null,
            kudos integer not null, hits integer not null, bookmarks integer not null,
            comments integer not null, published date not null, updated date not null,
            tags text[] not null, body text,
            tsv tsvector generated always as (to_tsvector('english',
              title || ' ' || coalesce(summary, '') || ' ' || coalesce(body, ''))) stored)""");
    }
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
        "copy bench_work (id, title, creator, summary, language, words, chapters, kudos, hits,"
            + " bookmarks, comments, published, updated, tags, body) from stdin");
    try {
      for (int n = 0; n < archive.works(); n++) {
        byte[] row = row(archive.work(n)).getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(row, 0, row.length);
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    long copied = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      statement.execute("create index on bench_work using gin (tags)");
      statement.execute("create index on bench_work using gin (tsv)");
      for (String column : List.of("words", "kudos", "updated", "published")) {
        statement.execute("create index on bench_work (" + column + ")");
      }
      statement.execute("analyze bench_work");
    }
    return new Load((copied - start) / 1e9, (System.nanoTime() - copied) / 1e9);
  }

  /** Runs the query's statements; returns the total hit count the first one reports. */
  long run(BenchQuery query) {
    try {
      long hits = -1;
      for (BenchQuery.Statement sql : query.sql()) {
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
          for (int i = 0; i < sql.parameters().size(); i++) {
            Object value = sql.parameters().get(i);
            if (value instanceof String[] array) {
              Array sqlArray = connection.createArrayOf("text", array);
              statement.setArray(i + 1, sqlArray);
            } else {
              statement.setObject(i + 1, value);
            }
          }
          try (ResultSet rows = statement.executeQuery()) {
            long total = 0;
            while (rows.next()) {
              total = rows.getLong(rows.getMetaData().getColumnCount());
            }
            hits = hits < 0 ? total : hits;
          }
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws SQLException {
    try (connection; Statement statement = connection.createStatement()) {
      if (!keep) {
        statement.execute("drop schema " + schema + " cascade");
      }
    }
  }

  /** One line of COPY's text format. */
  private static String row(WorkSpec work) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(work.number()));
    cells.add(copyText(work.title()));
    cells.add(copyText(work.creator()));
    cells.add(copyText(work.summary()));
    cells.add(copyText(work.language()));
    for (int number : new int[] {work.words(), work.chaptersPosted(), work.kudos(), work.hits(),
        work.bookmarks(), work.comments()}) {
      cells.add(Integer.toString(number));
    }
    cells.add(work.published().toString());
    cells.add((work.updated() != null ? work.updated() : work.published()).toString());
    cells.add(copyText(arrayLiteral(work.tagKeys())));
    cells.add(work.chapters().isEmpty() ? "\\N" : copyText(work.text()));
    return String.join("\t", cells) + "\n";
  }

  private static String arrayLiteral(List<String> values) {
    StringBuilder literal = new StringBuilder("{");
    for (String value : values) {
      literal.append(literal.length() > 1 ? "," : "").append('"')
          .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return literal.append('}').toString();
  }

  private static String copyText(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
