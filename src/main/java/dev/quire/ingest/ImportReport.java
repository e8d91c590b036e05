package dev.quire.ingest;

import dev.quire.ingest.FileOutcome.Status;
import java.util.List;

/**
 * The outcome of every file of one import, in the order they were read.
 *
 * @param runId the run under which the report is kept ({@code /imports/{runId}})
 */
public record ImportReport(long runId, List<FileOutcome> files) {

  public ImportReport {
    files = List.copyOf(files);
  }

  public long imported() {
    return count(Status.IMPORTED);
  }

  public long updated() {
    return count(Status.UPDATED);
  }

  public long duplicates() {
    return count(Status.DUPLICATE);
  }

  public long failed() {
    return count(Status.FAILED);
  }

  private long count(Status status) {
    return files.stream().filter(f -> f.status() == status).count();
  }
}
