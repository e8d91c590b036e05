package dev.quire.ingest.archive;

import java.util.Objects;

/**
 * A story an old archive's member kept among their favourites: what becomes their bookmark once
 * the byline of that pen name is claimed. Immutable.
 *
 * @param penName the member's pen name in the archive
 * @param storyId the story's id in the archive
 * @param notesHtml what the member wrote beside it, not yet cleaned, or {@code null}
 */
public record ArchivedFavourite(String penName, long storyId, String notesHtml) {

  public ArchivedFavourite {
    Objects.requireNonNull(penName, "penName");
  }
}
