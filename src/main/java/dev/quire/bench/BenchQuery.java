package dev.quire.bench;

import java.util.List;

/**
 * One query of the mix in both engines' words.
 *
 * @param ao3 the query in AO3's search syntax, as a reader would type it into Quire
 * @param sql its twin for the PostgreSQL tables: statements run in order, each with its
 *     parameters; the first returns the page with the total hit count in its last column
 * @param parts what it asks, for the raw Lucene index ({@link LuceneTwin}) to build its own query from
 */
record BenchQuery(QueryKind kind, String ao3, List<Statement> sql, Parts parts) {

  /**
   * What a query asks, in the archive's own terms.
   *
   * @param tag the key ({@code kind:name}) of the tag works must have, or {@code null}
   * @param excludedTags keys of tags works must not have
   * @param words the words (or, for a phrase, the phrase) looked for in the text, or {@code null}
   * @param kudosAbove the kudos works must have more than, or {@code null}
   */
  record Parts(String tag, List<String> excludedTags, String words, Integer kudosAbove) {

    static Parts tagged(String tag) {
      return new Parts(tag, List.of(), null, null);
    }

    static Parts text(String words) {
      return new Parts(null, List.of(), words, null);
    }
  }

  /** A SQL statement and the values of its {@code ?} placeholders. */
  record Statement(String sql, List<Object> parameters) {}
}
