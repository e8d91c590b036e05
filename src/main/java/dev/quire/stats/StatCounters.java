package dev.quire.stats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import dev.quire.stats.Tally.Counted;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the archive's own counts of works, the rows of {@code work_stats} (AO3's {@code
 * StatCounter}): only those rows change, never the work's own, and each change marks the work's
 * index document as behind ({@code index_pending}), which {@code search.StatsIndexing} catches up
 * with in batches. Each change is written in the transaction of what it counts: comments and
 * bookmarks are counted again from their rows ({@link Tally}); kudos, never taken back, and hits,
 * whose rows live a day, are added. Thread-safe.
 */
@Component
public class StatCounters {

  private final JdbcTemplate jdbc;
  private final Map<Counted, Tally> tallies;
  private final Clock clock;

  StatCounters(JdbcTemplate jdbc, List<Tally> tallies, Clock clock) {
    this.jdbc = jdbc;
    this.tallies = new EnumMap<>(Counted.class);
    tallies.forEach(tally -> this.tallies.put(tally.counted(), tally));
    this.clock = clock;
  }

  /**
   * Counts {@code workId}'s {@code counted} again from its rows, inside the caller's transaction
   * and after its change. The work's row is locked before the rows are counted, so of two changes
   * at once the second counts after the first has committed and sees it: neither is lost.
   */
  public void recount(long workId, Counted counted) {
    jdbc.queryForList("select work_id from work_stats where work_id = ? for update", Long.class, workId);
    int count = tallies.get(counted).count(workId);
    jdbc.update("update work_stats set " + counted.column() + " = ?, updated_at = ?, index_pending = true"
        + " where work_id = ?", count, now(), workId);
  }

  /**
   * Adds one to {@code workId}'s kudos, inside the caller's transaction and after the new kudos'
   * row: a kudos is never taken back, so the count goes up with its rows, one locked row at a time.
   */
  public void addKudos(long workId) {
    jdbc.update("update work_stats set kudos = kudos + 1, updated_at = ?, index_pending = true where work_id = ?",
        now(), workId);
  }

  /** {@code workId}'s kudos as counted, 0 when there is no such work. */
  public int kudos(long workId) {
    List<Integer> kudos = jdbc.queryForList("select kudos from work_stats where work_id = ?", Integer.class, workId);
    return kudos.isEmpty() ? 0 : kudos.getFirst();
  }

  /**
   * Adds hits, work id to how many new visitors, inside the caller's transaction; the rows are
   * taken in the order of their ids, as every writer of several takes them, so two never deadlock.
   */
  void addHits(Map<Long, Integer> hits) {
    OffsetDateTime now = now();
    jdbc.batchUpdate("update work_stats set hits = hits + ?, updated_at = ?, index_pending = true where work_id = ?",
        new TreeMap<>(hits).entrySet().stream().map(e -> new Object[] {e.getValue(), now, e.getKey()}).toList());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
