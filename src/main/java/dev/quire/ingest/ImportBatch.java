package dev.quire.ingest;

import dev.quire.ingest.WorkPublisher.Bulk;
import dev.quire.ingest.WorkPublisher.Published;
import dev.quire.ingest.WorkPublisher.Submission;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Files of one run read and ready to store, published together in one transaction: one database
 * commit and one search-index commit for many small works instead of one each, which is most of
 * what a bulk import of AO3-sized works costs. When that transaction fails, each file is published
 * again in a transaction of its own, so a bad file still fails alone and nothing is half-imported.
 * Outcomes keep the order the files were added in. Not thread-safe.
 */
final class ImportBatch {

  /** Works published together at most. */
  static final int MAX_FILES = 50;
  /** Original bytes held at most before publishing: bounds the heap a batch of novels takes. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private static final Logger logger = LoggerFactory.getLogger(ImportBatch.class);

  private final WorkPublisher publisher;
  /** What a bulk import carries from batch to batch; {@code null}: searchable once published. */
  private final Bulk bulk;
  private final List<ReadFile> entries = new ArrayList<>();
  private final Set<String> pendingOriginals = new HashSet<>();
  private long pendingBytes;

  /** A batch whose works are searchable as soon as it is published. */
  ImportBatch(WorkPublisher publisher) {
    this(publisher, null);
  }

  /** A batch of a bulk import, whose index writes the import waits for at its end. */
  ImportBatch(WorkPublisher publisher, Bulk bulk) {
    this.publisher = publisher;
    this.bulk = bulk;
  }

  void add(FileOutcome decided) {
    add(ReadFile.decided(decided));
  }

  /** Adds a file read: its outcome, or its story to publish with the batch. */
  void add(ReadFile file) {
    entries.add(file);
    if (file.submission() != null) {
      pendingOriginals.add(file.submission().original().sha256());
      pendingBytes += file.submission().original().bytes().length;
    }
  }

  /** Whether a file with these bytes waits in the batch: the batch must be published first. */
  boolean holds(String sha256) {
    return pendingOriginals.contains(sha256);
  }

  boolean isFull() {
    return pendingOriginals.size() >= MAX_FILES || pendingBytes >= MAX_BYTES;
  }

  /** Publishes what waits and returns every entry's outcome, in order; the batch is empty after. */
  List<FileOutcome> publish() {
    List<ReadFile> pending = entries.stream().filter(e -> e.submission() != null).toList();
    List<Published> published = pending.size() > 1 ? together(pending) : null;
    List<FileOutcome> outcomes = new ArrayList<>();
    int next = 0;
    for (ReadFile entry : entries) {
      if (entry.decided() != null) {
        outcomes.add(entry.decided());
      } else {
        outcomes.add(published != null ? imported(entry, published.get(next++)) : alone(entry));
      }
    }
    entries.clear();
    pendingOriginals.clear();
    pendingBytes = 0;
    return outcomes;
  }

  /** All in one transaction, or {@code null} when it failed and each must go alone. */
  private List<Published> together(List<ReadFile> pending) {
    try {
      List<Submission> submissions = pending.stream().map(ReadFile::submission).toList();
      return bulk == null ? publisher.publishAll(submissions) : publisher.publishAll(submissions, bulk);
    } catch (RuntimeException e) {
      if (databaseLost(e)) {
        // The first sign that the database is gone: its whole cause, for whoever must find out why
        // (the run then stops at the first file published alone).
        logger.error("Publishing {} works together failed: the database is gone", pending.size(), e);
      } else {
        logger.warn("Publishing {} works together failed ({}); publishing them one by one",
            pending.size(), e.toString());
        logger.debug("Why publishing together failed", e);
      }
      return null;
    }
  }

  private FileOutcome alone(ReadFile entry) {
    try {
      return imported(entry, publisher.publish(entry.submission()));
    } catch (RuntimeException e) {
      if (databaseLost(e)) {
        // Not this file's fault, and no later file could be stored either.
        throw new ImportStoppedException(
            "the database stopped taking works while storing " + entry.shownPath() + " ("
                + NestedExceptionUtils.getMostSpecificCause(e).getMessage()
                + "); the works stored before it are kept, and importing the same files again"
                + " continues where this run stopped",
            e);
      }
      return Importer.defect(entry.shownPath(), e);
    }
  }

  /** Whether the connection to the database, or the database itself, is gone. */
  static boolean databaseLost(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof DataAccessResourceFailureException) {
        return true;
      }
    }
    return false;
  }

  private static FileOutcome imported(ReadFile entry, Published published) {
    List<String> flags = new ArrayList<>(entry.flags());
    flags.addAll(published.flags());
    return published.updated()
        ? FileOutcome.updated(entry.shownPath(), published.workId(), flags)
        : FileOutcome.imported(entry.shownPath(), published.workId(), flags);
  }
}
