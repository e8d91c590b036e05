package dev.quire.ingest;

import dev.quire.search.SearchDeployment.SearchCluster;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the report of an import run as it happens: each file's outcome is committed on its own, so
 * the report survives a run that is killed half-way; and marks the runs whose process is gone as
 * interrupted.
 */
@Component
class ImportLog {

  private static final Logger logger = LoggerFactory.getLogger(ImportLog.class);

  private final ImportRunRepository runs;
  private final ImportRunFileRepository files;
  private final ImportHeartbeat heartbeat;
  private final Clock clock;
  private final SearchCluster cluster;

  ImportLog(ImportRunRepository runs, ImportRunFileRepository files, ImportHeartbeat heartbeat, Clock clock,
      SearchCluster cluster) {
    this.runs = runs;
    this.files = files;
    this.heartbeat = heartbeat;
    this.clock = clock;
    this.cluster = cluster;
  }

  /** Starts a run, whose heartbeat goes on until {@link #ended}: the caller ends it however the run ends. */
  @Transactional
  long start(boolean dryRun) {
    long runId = runs.save(new ImportRun(clock.instant(), dryRun)).getId();
    heartbeat.begin(runId);
    return runId;
  }

  /**
   * Records the outcomes of the run's files from number {@code firstPosition} (1-based) on, in one
   * transaction: a bulk import records a batch at a time.
   */
  @Transactional
  void recordAll(long runId, int firstPosition, List<FileOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    ImportRun run = runs.findById(runId).orElseThrow();
    int position = firstPosition;
    for (FileOutcome outcome : outcomes) {
      run.count(outcome);
      files.save(new ImportRunFile(run, position++, outcome));
    }
  }

  @Transactional
  void finish(long runId) {
    runs.findById(runId).orElseThrow().finish(clock.instant());
  }

  /** Stops the run's heartbeat: it finished, or it stopped half-way and is to be seen as interrupted. */
  void ended(long runId) {
    heartbeat.end(runId);
  }

  /**
   * Marks the runs that never finished as interrupted when the archive opens. An embedded archive
   * is opened by one process at a time, so none of its imports is running and every unfinished run
   * was killed. On a cluster another node may be importing right now: only runs whose heartbeat
   * has been silent too long are marked.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void markInterruptedOnOpening() {
    if (cluster.embedded()) {
      Instant now = clock.instant();
      runs.findUnfinished().forEach(run -> run.interrupt(now));
    } else {
      markSilentInterrupted();
    }
  }

  /**
   * Marks interrupted the unfinished runs whose heartbeat has been silent for longer than {@link
   * ImportHeartbeat#SILENT_AFTER}: their process is gone. One conditional UPDATE, so any number of
   * nodes may do it at once and a run is marked once.
   *
   * @return how many runs were marked
   */
  @Transactional
  public int markSilentInterrupted() {
    Instant now = clock.instant();
    int marked = runs.interruptSilent(now.minus(ImportHeartbeat.SILENT_AFTER), now);
    if (marked > 0) {
      logger.info("Marked {} import run(s) interrupted: their heartbeat was silent for {} s", marked,
          ImportHeartbeat.SILENT_AFTER.toSeconds());
    }
    return marked;
  }
}
