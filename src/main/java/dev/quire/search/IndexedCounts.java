package dev.quire.search;

import dev.quire.story.WorkStats;
import java.util.Map;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;

/**
 * Where searches find the archive's own counts (hits, kudos, comments, bookmarks): apart from the
 * work's text, so that a count's change is a partial update of a few numbers and never rewrites
 * the index entries of the work's chapters. {@code search.StatsIndexing} publishes the counts that
 * changed, in batches; searches order and filter by them only through this port.
 *
 * <ul>
 *   <li>Embedded (Lucene): {@link CountTable}, a table of every work's four counts held beside the
 *       index and read through each document's {@code workId}, as Solr's external file fields do.
 *       Hibernate Search owns the index writer, so Lucene's in-place doc-values updates are out of
 *       reach; the table needs none.
 *   <li>Cluster (OpenSearch): {@link CountFields}, the four fields of each work's document, changed
 *       by partial {@code _update}s in one {@code _bulk} request (AO3's StatCounterIndexer): the
 *       text is neither loaded from the database nor sent. Each node reads the shared index, so
 *       every node sees the same counts.
 * </ul>
 */
sealed interface IndexedCounts permits CountTable, CountFields {

  /**
   * Takes these works' counts, as {@code work_stats} now holds them.
   *
   * @throws RuntimeException when the index could not take them; the caller keeps them pending
   */
  void publish(Map<Long, WorkStats> changed);

  /**
   * Makes what was published searchable now where the deployment finds writes at once; called
   * after the batch's transaction, so that no row stays locked while the index refreshes.
   */
  default void refresh() {}

  /**
   * Reads every count from {@code work_stats} again when next needed: after a rebuild of the index,
   * or after counts were written without marking them (a bulk recount).
   */
  void reload();

  /** Orders by {@code count}; the caller adds the tie-break. */
  SortThenStep<?> sort(SearchSortFactory f, LiveCount count, SortOrder order);

  /** Works whose {@code count} is at least {@code min} and at most {@code max}; a null bound is open. */
  PredicateFinalStep between(SearchPredicateFactory f, LiveCount count, Integer min, Integer max);

  /** Each work's {@code count} as the search ordered by it, for a page's cursor. */
  SearchProjection<Integer> value(SearchProjectionFactory<?, ?> f, LiveCount count);
}
