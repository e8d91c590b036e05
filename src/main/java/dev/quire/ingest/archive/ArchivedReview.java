package dev.quire.ingest.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * One reader's review of a story in an old archive, as read from its reviews table: what Quire
 * keeps as an imported comment on the story's work. Immutable.
 *
 * @param reviewId the review's id in the archive, which keys it across backups
 * @param chapter the position (from 1) of the chapter it is about, or 0 for the whole story
 * @param reviewer the name it is shown under: the archive's pen name of a member who reviewed,
 *     else the name the reviewer gave, else {@code Anonymous}; never {@code null}
 * @param posted when it was left, or {@code null} when the archive does not say
 * @param bodyHtml what it said, as an HTML fragment not yet cleaned; never {@code null}
 */
public record ArchivedReview(long reviewId, int chapter, String reviewer, Instant posted, String bodyHtml) {

  public ArchivedReview {
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
  }
}
