package dev.quire.ingest;

import java.util.List;

/**
 * What happened to one file of an import.
 *
 * @param path the file as it was named to the importer
 * @param status imported, updated (a later version of a work already there), duplicate (the same
 *     bytes were imported before) or failed; or archive, the summary of an old archive whose
 *     stories have outcomes of their own
 * @param workId the work the file became, updated or already is; {@code null} when it failed or in
 *     a dry run
 * @param reason why it failed, for a person to act on; {@code null} otherwise
 * @param flags what a person may want to check on an imported work, such as {@code title missing}
 */
public record FileOutcome(
    String path, Status status, Long workId, String reason, List<String> flags) {

  public FileOutcome {
    flags = List.copyOf(flags);
  }

  static FileOutcome imported(String path, Long workId, List<String> flags) {
    return new FileOutcome(path, Status.IMPORTED, workId, null, flags);
  }

  static FileOutcome updated(String path, Long workId, List<String> flags) {
    return new FileOutcome(path, Status.UPDATED, workId, null, flags);
  }

  static FileOutcome duplicate(String path, Long workId) {
    return new FileOutcome(path, Status.DUPLICATE, workId, null, List.of());
  }

  static FileOutcome failed(String path, String reason) {
    return new FileOutcome(path, Status.FAILED, null, reason, List.of());
  }

  /** The summary of an archive read whole: what it held, in {@code flags}. */
  static FileOutcome archive(String path, List<String> summary) {
    return new FileOutcome(path, Status.ARCHIVE, null, null, summary);
  }

  /** The four outcomes of a file, and the summary line of an archive. */
  public enum Status {
    IMPORTED,
    UPDATED,
    DUPLICATE,
    FAILED,
    /** Not a work: an archive's summary, beside one outcome per story. */
    ARCHIVE;

    /** The word used in reports and JSON. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
