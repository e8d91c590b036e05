package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the index is behind the database on a cluster that indexes through the outbox: the
 * changes that wait in {@code hsearch_outbox_event} for a node's event processor, and how long the
 * oldest has waited. Read from the database, so it is every node's answer, not one node's, at most
 * once a second: a scrape reads both gauges, and health checks come often. Metrics {@code quire.index.outbox.events} and
 * {@code quire.index.outbox.oldest.age} (seconds), registered only when the outbox is used.
 */
@Component
class IndexLag implements MeterBinder {

  private final JdbcTemplate jdbc;
  private final SearchCluster cluster;
  private final Clock clock;
  private volatile Reading last;

  private record Reading(Backlog backlog, Instant at) {}

  IndexLag(JdbcTemplate jdbc, SearchCluster cluster, Clock clock) {
    this.jdbc = jdbc;
    this.cluster = cluster;
    this.clock = clock;
  }

  /**
   * The changes waiting to be indexed.
   *
   * @param events how many
   * @param oldest when the oldest became due, or null when none waits
   */
  record Backlog(long events, Instant oldest) {

    /** How long the oldest change has waited at {@code now}; empty when none waits. */
    Optional<Duration> oldestAge(Instant now) {
      return Optional.ofNullable(oldest).map(due -> due.isAfter(now) ? Duration.ZERO : Duration.between(due, now));
    }
  }

  /** The backlog as read within the last second. */
  Backlog backlog() {
    Instant now = clock.instant();
    Reading seen = last;
    if (seen == null || !now.isBefore(seen.at().plusSeconds(1)) || now.isBefore(seen.at())) {
      seen = new Reading(read(), now);
      last = seen;
    }
    return seen.backlog();
  }

  private Backlog read() {
    return jdbc.queryForObject(
        "select count(*), min(process_after) from hsearch_outbox_event where status = 'PENDING'",
        (row, n) -> {
          Timestamp oldest = row.getTimestamp(2);
          return new Backlog(row.getLong(1), oldest == null ? null : oldest.toInstant());
        });
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    if (!cluster.outbox()) {
      return;
    }
    Gauge.builder("quire.index.outbox.events", this, lag -> lag.backlog().events())
        .description("Changes waiting in the outbox to be indexed")
        .register(registry);
    Gauge.builder("quire.index.outbox.oldest.age", this,
            lag -> lag.backlog().oldestAge(clock.instant()).map(Duration::toMillis).orElse(0L) / 1000.0)
        .description("How long the oldest change waiting in the outbox has waited")
        .baseUnit("seconds")
        .register(registry);
  }
}
