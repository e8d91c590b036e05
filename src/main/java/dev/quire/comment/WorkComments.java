package dev.quire.comment;

import dev.quire.work.CommentableWork;
import java.util.List;

/**
 * A page of a work's comment threads (AO3's 20 a page, oldest first), each shown to
 * {@link Comments#SHOWN_DEPTH} levels. Immutable.
 *
 * @param chapterId the chapter whose comments these are, or null for all of the work's
 * @param page the page, from 1
 * @param threadCount how many threads the viewer sees on the work (or chapter) in all
 * @param refusal why the viewer may not comment, or null when they may
 */
public record WorkComments(CommentableWork work, Long chapterId, List<ThreadedComment> threads, int page, int pages,
    long threadCount, String refusal) {

  public WorkComments {
    threads = List.copyOf(threads);
  }
}
