package dev.quire.search;

import dev.quire.story.WorkStats;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded index's counts: every work's four counts in memory, by work id, read by the Lucene
 * queries through each document's {@code workId} doc values, the way Solr's external file fields
 * keep a popularity apart from the documents. A count's change sets four numbers here and writes
 * nothing to the index. Filled from {@code work_stats} when a search first needs it (ids are the
 * database's identity, so nearly dense: an unclean stop of H2 skips at most the thousand values
 * its identity columns cache), then kept by {@link
 * #publish}. 16 bytes a work: 16 MB for a million. Thread-safe: searches read without locking and
 * see each count as last published; a reload reads the database into a new table beside the one
 * searches use and then replaces it whole. The sort, a range and a page's cursor of one search read
 * the table moments apart, so a count published in between can move one work across a page's
 * edge, as a refresh between two pages does.
 */
final class CountTable implements IndexedCounts {

  /** Works a page of the table holds: 4,096 works, 64 KB. */
  private static final int PAGE_BITS = 12;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;
  private static final int COUNTS = LiveCount.values().length;

  private final JdbcTemplate jdbc;
  /** Pages by page number ({@code id >>> PAGE_BITS}); null where no work of the page has counts. Replaced, never resized in place. */
  private volatile AtomicIntegerArray[] pages = new AtomicIntegerArray[0];
  private volatile boolean loaded;

  CountTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public synchronized void publish(Map<Long, WorkStats> changed) {
    if (!loaded) {
      // The first search reads every row, these changes included: they were committed before
      // this batch read them.
      return;
    }
    AtomicIntegerArray[] table = pages;
    for (Map.Entry<Long, WorkStats> entry : changed.entrySet()) {
      table = put(table, entry.getKey(), entry.getValue());
    }
    pages = table;
  }

  /** Reads every count again into a new table; searches use the old one until it is complete. */
  @Override
  public synchronized void reload() {
    if (loaded) {
      pages = read();
    }
  }

  @Override
  public SortThenStep<?> sort(SearchSortFactory f, LiveCount count, SortOrder order) {
    return f.extension(LuceneExtension.get()).fromLuceneSortField(values(count).getSortField(order == SortOrder.DESC));
  }

  @Override
  public PredicateFinalStep between(SearchPredicateFactory f, LiveCount count, Integer min, Integer max) {
    double low = min == null ? Double.NEGATIVE_INFINITY : min;
    double high = max == null ? Double.POSITIVE_INFINITY : max;
    return f.extension(LuceneExtension.get()).fromLuceneQuery(
        new FunctionMatchQuery(values(count).toDoubleValuesSource(), value -> value >= low && value <= high));
  }

  @Override
  public SearchProjection<Integer> value(SearchProjectionFactory<?, ?> f, LiveCount count) {
    CountTable table = loadedTable();
    return f.composite().from(f.id(Long.class)).as(id -> table.countOf(id, count)).toProjection();
  }

  /** The count of work {@code id}; 0 for a work the table has not heard of (a new work). */
  int get(long id, LiveCount count) {
    return loadedTable().countOf(id, count);
  }

  private int countOf(long id, LiveCount count) {
    AtomicIntegerArray[] table = pages;
    long page = id >>> PAGE_BITS;
    if (page >= table.length || table[(int) page] == null) {
      return 0;
    }
    return table[(int) page].get((int) (id & (PAGE_SIZE - 1)) * COUNTS + count.ordinal());
  }

  /** Sets work {@code id}'s counts in {@code table}, or in a longer copy of it that it returns. */
  private static AtomicIntegerArray[] put(AtomicIntegerArray[] table, long id, WorkStats stats) {
    if (id < 0 || (id >>> PAGE_BITS) >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("work id " + id + " is beyond the table of counts");
    }
    int page = (int) (id >>> PAGE_BITS);
    if (page >= table.length) {
      table = Arrays.copyOf(table, Math.max(page + 1, table.length + table.length / 2));
    }
    if (table[page] == null) {
      table[page] = new AtomicIntegerArray(PAGE_SIZE * COUNTS);
    }
    int at = (int) (id & (PAGE_SIZE - 1)) * COUNTS;
    for (LiveCount count : LiveCount.values()) {
      table[page].set(at + count.ordinal(), count.of(stats));
    }
    return table;
  }

  private CountTable loadedTable() {
    if (!loaded) {
      load();
    }
    return this;
  }

  private synchronized void load() {
    if (!loaded) {
      pages = read();
      loaded = true;
    }
  }

  /** Every work's counts from {@code work_stats}, in a new table. */
  private AtomicIntegerArray[] read() {
    AtomicIntegerArray[][] table = {new AtomicIntegerArray[0]};
    jdbc.query("select work_id, hits, kudos, comments, bookmarks from work_stats", row -> {
      table[0] = put(table[0], row.getLong(1),
          new WorkStats(row.getInt(3), row.getInt(2), row.getInt(4), row.getInt(5)));
    });
    return table[0];
  }

  private Values values(LiveCount count) {
    return new Values(loadedTable(), count);
  }

  /**
   * A count as Lucene values: per document, the table's count for the document's {@code workId}.
   * Never cacheable: the same query over the same segment answers differently once a count changes.
   */
  private static final class Values extends LongValuesSource {

    private final CountTable table;
    private final LiveCount count;

    Values(CountTable table, LiveCount count) {
      this.table = table;
      this.count = count;
    }

    @Override
    public LongValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
      SortedNumericDocValues ids = DocValues.getSortedNumeric(context.reader(), "workId");
      return new LongValues() {
        private long value;

        @Override
        public long longValue() {
          return value;
        }

        @Override
        public boolean advanceExact(int doc) throws IOException {
          if (!ids.advanceExact(doc)) {
            return false;
          }
          value = table.countOf(ids.nextValue(), count);
          return true;
        }
      };
    }

    @Override
    public boolean needsScores() {
      return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
      return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return false;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Values values && values.table == table && values.count == count;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(table) * 31 + count.hashCode();
    }

    @Override
    public String toString() {
      return "live " + count.field();
    }
  }
}
