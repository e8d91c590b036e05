package dev.quire.ingest;

import java.time.Instant;
import java.util.List;

/**
 * An old archive's reviews of one work, read by an import and published inside its transaction
 * for whoever keeps comments: each is kept once, however often its archive is imported again
 * ({@code source} says which archive and review it was). Immutable.
 *
 * @param workId the work the reviewed story became
 * @param reviews oldest first
 */
public record ReviewsImported(long workId, List<Review> reviews) {

  public ReviewsImported {
    reviews = List.copyOf(reviews);
  }

  /**
   * One review.
   *
   * @param source the archive and the review's id there, at most 300 characters
   * @param chapterId the chapter it is about, or {@code null} for the whole work
   * @param reviewer the name it is shown under, never an account's
   * @param posted when it was left, or {@code null} when the archive does not say
   * @param bodyHtml what it said, not yet cleaned
   */
  public record Review(String source, Long chapterId, String reviewer, Instant posted, String bodyHtml) {}
}
