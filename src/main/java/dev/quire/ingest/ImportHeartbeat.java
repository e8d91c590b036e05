package dev.quire.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Says, every {@link #INTERVAL}, that the import runs of this process are still at work: one
 * UPDATE of their heartbeat for all of them, however many files they import meanwhile. On a
 * cluster no node can tell another's running import from a killed one by looking at the run, but
 * a killed process beats no more: once a run has been silent for {@link #SILENT_AFTER}, any node
 * marks it interrupted ({@link ImportLog#markSilentInterrupted()}). The bound is 24 beats, so a
 * database away for a minute, a long pause of the importing JVM or clocks of the nodes a few
 * seconds apart do not make a running import look killed. Runs in commands and servers alike, on
 * its own daemon thread. Thread-safe.
 */
@Component
class ImportHeartbeat implements DisposableBean {

  /** How often a running import renews its heartbeat. */
  static final Duration INTERVAL = Duration.ofSeconds(5);
  /** How long a run may go without a heartbeat before it is taken for interrupted. */
  static final Duration SILENT_AFTER = Duration.ofMinutes(2);

  private static final Logger logger = LoggerFactory.getLogger(ImportHeartbeat.class);

  private final ImportRunRepository runs;
  private final Clock clock;
  private final Set<Long> beating = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-heartbeat").daemon().factory());

  ImportHeartbeat(ImportRunRepository runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
    timer.scheduleWithFixedDelay(this::beat, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Keeps the run's heartbeat from now until {@link #end}. */
  void begin(long runId) {
    beating.add(runId);
  }

  void end(long runId) {
    beating.remove(runId);
  }

  private void beat() {
    if (beating.isEmpty()) {
      return;
    }
    try {
      runs.beat(Set.copyOf(beating), clock.instant());
    } catch (RuntimeException e) {
      // The next beat tries again; the import itself says whether the database is gone for good.
      logger.warn("Could not renew the heartbeat of import runs {} ({})", beating, e.toString());
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
  }
}
