package dev.quire.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed query: what {@link QueryParser} reads from a reader's query and {@link WorkPredicates}
 * turns into an index query. Values are as the reader wrote them, stripped.
 */
sealed interface QueryNode {

  /** Words (or, quoted, a phrase) to find in any text of a work. */
  record Text(String text, boolean phrase) implements QueryNode {}

  /** Words or a phrase to find in one text field: title, creator or summary. */
  record FieldText(SearchField field, String text, boolean phrase) implements QueryNode {}

  /** A tag by name; {@code field} says its kind, or {@link SearchField#TAG} for any kind. */
  record TagName(SearchField field, String name) implements QueryNode {}

  /** A language, as a BCP 47 tag ({@code de}). */
  record Language(String tag) implements QueryNode {}

  /** A yes/no property: complete, crossover, single chapter. */
  record Flag(SearchField field, boolean value) implements QueryNode {}

  /** A count between {@code min} and {@code max}, both inclusive; either may be {@code null}. */
  record Count(SearchField field, Long min, Long max) implements QueryNode {}

  /** A date from {@code from} (inclusive) to {@code until} (exclusive); either may be {@code null}. */
  record Dates(SearchField field, LocalDate from, LocalDate until) implements QueryNode {}

  /** Works that do not match {@code node}. */
  record Not(QueryNode node) implements QueryNode {}

  /** Works that match every one of {@code nodes}. */
  record All(List<QueryNode> nodes) implements QueryNode {}

  /** Works that match at least one of {@code nodes}. */
  record Any(List<QueryNode> nodes) implements QueryNode {}
}
