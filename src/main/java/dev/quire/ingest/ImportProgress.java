package dev.quire.ingest;

/**
 * Told how an import goes, file by file, for a progress bar or log lines. Called on the importing
 * thread.
 */
@FunctionalInterface
public interface ImportProgress {

  /** Before the first file: how many files and bytes the run will read. */
  default void started(int files, long bytes) {}

  /** A file's outcome, as soon as it is known. */
  void fileDone(FileOutcome outcome);
}
