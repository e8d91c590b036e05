package dev.quire.ingest.archive;

import dev.quire.story.StoryDocument;
import java.util.List;
import java.util.Objects;

/**
 * One story of an Open Doors archive as read from its tables.
 *
 * <p>{@code story} is {@code null} exactly when the story cannot be imported: it is marked do not
 * import ({@code problems} is then {@code [}{@value #DO_NOT_IMPORT}{@code ]}), or one of its
 * problems keeps it out (no chapters, a missing or do-not-import author, a chapter without text).
 * When {@code story} is set, {@code problems} holds what was read leniently (an unreadable date, an
 * unknown rating, a linked tag the tags table lacks) and is usually empty. Immutable.
 *
 * @param archiveStoryId the story's id in the archive's {@code stories} table
 * @param story the story, or {@code null} when it is not to be imported
 * @param problems sentences for the person importing, never {@code null}
 * @param record the story's own rows as JSON (see {@link StoryRecord}): what Quire keeps as the
 *     story's original, byte for byte the same for the same rows
 */
public record ArchivedStory(
    long archiveStoryId, StoryDocument story, List<String> problems, String record) {

  /** The only problem of a story the archive marks do not import. */
  public static final String DO_NOT_IMPORT = "marked do not import";

  public ArchivedStory {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    Objects.requireNonNull(record, "record");
    if (story == null && problems.isEmpty()) {
      throw new IllegalArgumentException("a story left out needs a reason");
    }
  }

  /** Whether the story was read and can be imported. */
  public boolean readable() {
    return story != null;
  }

  /** Whether the archive marks the story do not import. */
  public boolean doNotImport() {
    return story == null && problems.equals(List.of(DO_NOT_IMPORT));
  }
}
