package dev.quire.comment;

import dev.quire.ingest.ReviewsImported;
import dev.quire.stats.CountsChanged;
import dev.quire.stats.Tally.Counted;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an old archive's reviews as comments, inside the import's transaction: each a top-level
 * comment under the reviewer's name (a byline no account holds, so nobody edits it), with its
 * original date, cleaned by the allowlist every comment passes. A review kept before (the same
 * archive and review id) is not kept again, nor one with nothing left to say once cleaned. They
 * count, are deleted by the work's creators and hidden by moderators as any other comment
 * ({@link CommentPolicy}), and no notice is mailed of them. Thread-safe.
 */
@Component
class ImportedComments {

  private final CommentRepository comments;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ImportedComments(CommentRepository comments, ApplicationEventPublisher events, Clock clock) {
    this.comments = comments;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  void imported(ReviewsImported imported) {
    int kept = 0;
    for (ReviewsImported.Review review : imported.reviews()) {
      // Long reviews are kept whole: the limit is for what is typed here.
      String body = review.bodyHtml() == null ? "" : review.bodyHtml().strip();
      boolean empty = CommentBody.problem(body.length() > CommentBody.MAX_LENGTH ? "x" : body).isPresent();
      if (empty || comments.existsByImportedFrom(review.source())) {
        continue;
      }
      String reviewer = review.reviewer().strip();
      Comment comment = comments.save(Comment.imported(imported.workId(), review.chapterId(),
          reviewer.length() > Comments.MAX_GUEST_NAME ? reviewer.substring(0, Comments.MAX_GUEST_NAME) : reviewer,
          CommentBody.of(body), review.posted() == null ? clock.instant() : review.posted(), review.source()));
      comment.startThread();
      kept++;
    }
    if (kept > 0) {
      events.publishEvent(new CountsChanged(imported.workId(), Counted.COMMENTS));
    }
  }
}
