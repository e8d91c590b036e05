package dev.quire.search;

import dev.quire.story.WorkStats;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets searches learn the archive's own counts in batches. A kudos or a hit changes only a row of
 * {@code work_stats} and marks it {@code index_pending}; every few seconds this takes batches of up
 * to {@link #BATCH} marked rows, clears their marks and hands their counts to {@link
 * IndexedCounts}, which changes those four numbers and nothing else of each work's index entry (no
 * chapter text is loaded or rewritten), all in one transaction: a burst of kudos on one work costs
 * one update per interval, not one per kudos. A count changed meanwhile marks its row again (the
 * row is locked until the clearing commits), so it goes with the next batch; if the index refuses
 * a batch, the marks stay and the next interval tries again. Two nodes may send the same counts
 * twice, which changes nothing. Thread-safe (one batch at a time per node).
 */
@Component
public class StatsIndexing {

  private static final Logger log = LoggerFactory.getLogger(StatsIndexing.class);

  /** Works updated at most per batch: one bulk request of a few kilobytes. */
  static final int BATCH = 1_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final IndexedCounts counts;

  StatsIndexing(JdbcTemplate jdbc, TransactionTemplate transactions, IndexedCounts counts) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.counts = counts;
  }

  /**
   * Every interval, batches back to back while each finds a full one: a burst of kudos on many
   * works marks more than {@link #BATCH} an interval, and the index catches up as soon as it may,
   * not one batch every few seconds behind the burst. Returns how many works were updated.
   */
  @Scheduled(initialDelayString = "${quire.stats.index-interval:PT5S}",
      fixedDelayString = "${quire.stats.index-interval:PT5S}")
  public int catchUp() {
    int written = 0;
    int batch;
    do {
      batch = indexChangedCounts();
      written += batch;
    } while (batch == BATCH);
    return written;
  }

  /** Updates the counts of up to {@link #BATCH} works whose counts changed; returns how many. */
  public synchronized int indexChangedCounts() {
    try {
      Integer done = transactions.execute(status -> {
        List<Long> ids = jdbc.queryForList("select work_id from work_stats where index_pending = true"
            + " order by work_id fetch first " + BATCH + " rows only", Long.class);
        if (ids.isEmpty()) {
          return 0;
        }
        jdbc.batchUpdate("update work_stats set index_pending = false where work_id = ?", ids, ids.size(),
            (statement, id) -> statement.setLong(1, id));
        // Read after the clearing holds the rows: a kudos committed before it is in what is read,
        // one after it waits for this commit and marks its row again.
        Map<Long, WorkStats> changed = new LinkedHashMap<>();
        jdbc.query("select work_id, kudos, hits, comments, bookmarks from work_stats where work_id in ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ") order by work_id",
            row -> {
              changed.put(row.getLong(1), new WorkStats(row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)));
            },
            ids.toArray());
        counts.publish(changed);
        return changed.size();
      });
      if (done != null && done > 0) {
        refresh();
      }
      return done == null ? 0 : done;
    } catch (RuntimeException e) {
      // The marks stay: the next interval tries the same works again.
      log.warn("Could not write changed counts to the search index; trying again shortly", e);
      return 0;
    }
  }

  private void refresh() {
    try {
      counts.refresh();
    } catch (RuntimeException e) {
      log.warn("Could not refresh the search index after changed counts; they are found after its next refresh", e);
    }
  }
}
