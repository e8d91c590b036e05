package dev.quire.ingest;

import dev.quire.search.SearchDeployment.SearchCluster;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the report of an import run as it happens: each file's outcome is committed on its own, so
 * the report survives a run that is killed half-way.
 */
@Component
class ImportLog {

  private final ImportRunRepository runs;
  private final ImportRunFileRepository files;
  private final Clock clock;
  private final SearchCluster cluster;

  ImportLog(ImportRunRepository runs, ImportRunFileRepository files, Clock clock, SearchCluster cluster) {
    this.runs = runs;
    this.files = files;
    this.clock = clock;
    this.cluster = cluster;
  }

  @Transactional
  long start(boolean dryRun) {
    return runs.save(new ImportRun(clock.instant(), dryRun)).getId();
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

  /**
   * Marks the runs that never finished as interrupted: when an embedded archive opens, no import of
   * it is running (it is opened by one process at a time), so an unfinished run was killed. On a
   * cluster another node may be importing right now, so its runs are left as they are.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void markInterrupted() {
    if (!cluster.embedded()) {
      return;
    }
    Instant now = clock.instant();
    runs.findUnfinished().forEach(run -> run.interrupt(now));
  }
}
