package dev.quire.reader;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers' visits to works, noted without a database write per page: a page view only adds to
 * this node's count for (account, work); every few seconds {@link #flush} stores what was noted in
 * one transaction, as {@code stats.HitLedger} does for hits. A visit of a reader whose history is
 * paused, or of a work deleted since, stores nothing. A node flushes on shutdown too; a node killed
 * loses at most the last few seconds of visits. Thread-safe.
 */
@Component
class ReadingLedger {

  private static final Logger log = LoggerFactory.getLogger(ReadingLedger.class);

  /** Readers' visits held between flushes at most; past it (the database away for long) new ones are dropped. */
  static final int MOST_HELD = 100_000;

  private record Key(long accountId, long workId) {}

  /**
   * Visits since the last flush.
   *
   * @param chapter the chapter the last of them opened, or {@code null} when none moved the place
   */
  private record Noted(int visits, Instant last, Integer chapter) {

    Noted and(Noted later) {
      return new Noted(visits + later.visits, later.last, later.chapter == null ? chapter : later.chapter);
    }
  }

  private static final String NOT_PAUSED =
      " and not exists (select 1 from reading_preference p where p.account_id = ? and p.history_paused = true)";

  private final Map<Key, Noted> noted = new ConcurrentHashMap<>();
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReadingLedger(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Notes that account {@code accountId} opened {@code workId}, at {@code chapter} ({@code null}: the work's page). */
  void visit(long accountId, long workId, Integer chapter) {
    if (noted.size() < MOST_HELD) {
      noted.merge(new Key(accountId, workId), new Noted(1, clock.instant(), chapter), Noted::and);
    }
  }

  /**
   * Stores the visits noted since the last flush, in one transaction; returns how many readings it
   * changed or began. Visits a failed transaction could not store are noted again for the next flush.
   */
  @Scheduled(initialDelayString = "${quire.stats.hits-flush:PT5S}", fixedDelayString = "${quire.stats.hits-flush:PT5S}")
  public synchronized int flush() {
    List<Map.Entry<Key, Noted>> taken = new ArrayList<>();
    for (Key key : List.copyOf(noted.keySet())) {
      Noted visits = noted.remove(key);
      if (visits != null) {
        taken.add(Map.entry(key, visits));
      }
    }
    if (taken.isEmpty()) {
      return 0;
    }
    try {
      Integer stored = transaction.execute(status -> taken.stream().mapToInt(e -> store(e.getKey(), e.getValue())).sum());
      return stored == null ? 0 : stored;
    } catch (RuntimeException e) {
      // Another node may have begun the same reading at once; the next flush finds its row.
      log.warn("Could not store {} readers' visits; they are tried again with the next flush", taken.size(), e);
      taken.forEach(e2 -> noted.merge(e2.getKey(), e2.getValue(), (now, before) -> before.and(now)));
      return 0;
    }
  }

  private int store(Key key, Noted visits) {
    Timestamp last = Timestamp.from(visits.last());
    int changed = visits.chapter() == null
        ? jdbc.update("update reading set visits = visits + ?, last_visited_at = ? where account_id = ? and work_id = ?"
            + NOT_PAUSED, visits.visits(), last, key.accountId(), key.workId(), key.accountId())
        // A chapter opened anew starts at its top; the same chapter again keeps the place saved in it.
        : jdbc.update("update reading set visits = visits + ?, last_visited_at = ?,"
            + " paragraph = case when chapter_position = ? then paragraph else 0 end, chapter_position = ?"
            + " where account_id = ? and work_id = ?" + NOT_PAUSED,
            visits.visits(), last, visits.chapter(), visits.chapter(), key.accountId(), key.workId(), key.accountId());
    if (changed > 0) {
      return changed;
    }
    return jdbc.update("insert into reading (account_id, work_id, visits, last_visited_at, chapter_position)"
        + " select cast(? as bigint), id, cast(? as integer), cast(? as timestamp with time zone), cast(? as integer)"
        + " from work where id = ?"
        + " and not exists (select 1 from reading r where r.account_id = ? and r.work_id = ?)" + NOT_PAUSED,
        key.accountId(), visits.visits(), last, visits.chapter() == null ? 1 : visits.chapter(), key.workId(),
        key.accountId(), key.workId(), key.accountId());
  }

  /** Drops what is noted for {@code accountId} and not yet stored: their history was just cleared or paused. */
  void forget(long accountId) {
    noted.keySet().removeIf(key -> key.accountId() == accountId);
  }

  @PreDestroy
  void flushOnShutdown() {
    flush();
  }
}
