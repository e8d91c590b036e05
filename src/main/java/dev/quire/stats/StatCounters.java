package dev.quire.stats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the archive's own counts of works, the rows of {@code work_stats} (AO3's {@code
 * StatCounter}): only those rows change, never the work's own, and each change marks the work's
 * index document as behind ({@code index_pending}), which {@code search.StatsIndexing} catches up
 * with in batches. Kudos, comments and bookmarks are counted again from their rows ({@link Tally});
 * hits are added, as their rows live a day. Thread-safe.
 */
@Component
public class StatCounters {

  private final JdbcTemplate jdbc;
  private final List<Tally> tallies;
  private final Clock clock;

  StatCounters(JdbcTemplate jdbc, List<Tally> tallies, Clock clock) {
    this.jdbc = jdbc;
    this.tallies = List.copyOf(tallies);
    this.clock = clock;
  }

  /**
   * Counts {@code workId}'s kudos (and every other count that has rows) again from the rows, in a
   * transaction of its own: it runs after the transaction that changed the rows has committed.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recount(long workId) {
    StringBuilder set = new StringBuilder();
    List<Object> values = new ArrayList<>();
    for (Tally tally : tallies) {
      set.append(tally.counted().column()).append(" = ?, ");
      values.add(tally.count(workId));
    }
    values.add(now());
    values.add(workId);
    jdbc.update("update work_stats set " + set + "updated_at = ?, index_pending = true where work_id = ?",
        values.toArray());
  }

  /** Adds hits, work id to how many new visitors, inside the caller's transaction. */
  void addHits(Map<Long, Integer> hits) {
    OffsetDateTime now = now();
    jdbc.batchUpdate("update work_stats set hits = hits + ?, updated_at = ?, index_pending = true where work_id = ?",
        hits.entrySet().stream().map(e -> new Object[] {e.getValue(), now, e.getKey()}).toList());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
