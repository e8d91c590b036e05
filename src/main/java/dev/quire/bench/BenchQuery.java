package dev.quire.bench;

import java.util.List;

/**
 * One query of the mix in both engines' words.
 *
 * @param ao3 the query in AO3's search syntax, as a reader would type it into Quire
 * @param sql its twin for the PostgreSQL tables: statements run in order, each with its
 *     parameters; the first returns the page with the total hit count in its last column
 */
record BenchQuery(QueryKind kind, String ao3, List<Statement> sql) {

  /** A SQL statement and the values of its {@code ?} placeholders. */
  record Statement(String sql, List<Object> parameters) {}
}
