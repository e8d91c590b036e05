package dev.quire.stats;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hits (AO3): one per visitor per work per day, bots not counted, added up without a database
 * write per page view. A page view only notes (work, visitor, day) in this node's memory; every
 * few seconds {@link #flush} inserts what was noted into {@code work_hit} in one transaction, each
 * row once ({@link OnceOnly}: several nodes that saw the same visitor count it once), and adds the
 * new rows to the works' hits. The rows are needed only until the day is over: {@link #purge}
 * drops those older than yesterday. A node flushes on shutdown too; a node killed loses at most the
 * last few seconds of hits. Thread-safe.
 */
@Component
public class HitLedger {

  private static final Logger log = LoggerFactory.getLogger(HitLedger.class);

  /** Visits held between flushes at most; past it (the database away for long) new ones are dropped. */
  static final int MOST_HELD = 200_000;

  private record Seen(long workId, String visitor, LocalDate day) {}

  private final Set<Seen> seen = ConcurrentHashMap.newKeySet();
  private final OnceOnly once;
  private final StatCounters counters;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  HitLedger(OnceOnly once, StatCounters counters, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    this.once = once;
    this.counters = counters;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Notes that {@code visitor} opened {@code workId}; nothing when {@code userAgent} is a bot's or
   * missing. Touches no database.
   */
  public void visit(long workId, Visitor visitor, String userAgent) {
    if (!Bots.isBot(userAgent) && seen.size() < MOST_HELD) {
      seen.add(new Seen(workId, visitor.key(), LocalDate.now(clock.withZone(ZoneOffset.UTC))));
    }
  }

  /**
   * Stores the visits noted since the last flush, in one transaction; returns how many were new
   * hits. Visits a failed transaction could not store are noted again for the next flush.
   */
  @Scheduled(initialDelayString = "${quire.stats.hits-flush:PT5S}", fixedDelayString = "${quire.stats.hits-flush:PT5S}")
  public synchronized int flush() {
    List<Seen> taken = new ArrayList<>();
    for (Iterator<Seen> it = seen.iterator(); it.hasNext(); ) {
      taken.add(it.next());
      it.remove();
    }
    if (taken.isEmpty()) {
      return 0;
    }
    try {
      Integer added = transaction.execute(status -> store(taken));
      return added == null ? 0 : added;
    } catch (RuntimeException e) {
      log.warn("Could not store {} hits; they are tried again with the next flush", taken.size(), e);
      taken.stream().limit(Math.max(0, MOST_HELD - seen.size())).forEach(seen::add);
      return 0;
    }
  }

  private int store(List<Seen> visits) {
    Map<Long, Integer> hits = new HashMap<>();
    for (Seen visit : visits) {
      // A work deleted since the visit has no row to count it on, and takes no hit.
      if (once.insert("insert into work_hit (work_id, visitor, seen_on) select cast(? as bigint), cast(? as varchar(80)),"
          + " cast(? as date) from work_stats where work_id = ?",
          visit.workId(), visit.visitor(), visit.day(), visit.workId())) {
        hits.merge(visit.workId(), 1, Integer::sum);
      }
    }
    counters.addHits(hits);
    return hits.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Drops the visits of days before yesterday: no hit of theirs can come again. */
  @Scheduled(cron = "0 7 0 * * *", zone = "UTC")
  public int purge() {
    return jdbc.update("delete from work_hit where seen_on < ?", LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1));
  }

  @PreDestroy
  void flushOnShutdown() {
    flush();
  }
}
