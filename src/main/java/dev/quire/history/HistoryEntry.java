package dev.quire.history;

import dev.quire.reader.Reading;
import dev.quire.work.WorkSummary;

/**
 * One work of a reader's history as it is shown.
 *
 * @param reading when, how often and how far they read it
 * @param work the work, or {@code null} when the reader may no longer read it (hidden, made a
 *     draft): then neither its title nor anything else of it is shown
 */
public record HistoryEntry(Reading reading, WorkSummary work) {

  /** Whether the work is still one the reader may open. */
  public boolean available() {
    return work != null;
  }
}
