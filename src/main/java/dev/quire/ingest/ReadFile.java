package dev.quire.ingest;

import dev.quire.ingest.WorkPublisher.Submission;
import java.util.List;

/**
 * A file as reading left it: either its outcome is decided (a failure, a duplicate, a dry run) or
 * its story waits to be stored.
 *
 * @param decided the outcome, when no story is to be stored
 * @param shownPath how the report names the file, when a story is to be stored
 * @param submission the story to store
 * @param flags what reading the file noticed; publishing adds its own
 */
record ReadFile(FileOutcome decided, String shownPath, Submission submission, List<String> flags) {

  static ReadFile decided(FileOutcome outcome) {
    return new ReadFile(outcome, null, null, List.of());
  }

  static ReadFile toStore(String shownPath, Submission submission, List<String> flags) {
    return new ReadFile(null, shownPath, submission, List.copyOf(flags));
  }
}
