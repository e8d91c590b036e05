package dev.quire.comment;

import dev.quire.work.CommentableWork;

/**
 * A comment's own page (AO3's "Continue this thread"): the comment and its replies to
 * {@link Comments#SHOWN_DEPTH} levels. Immutable.
 *
 * @param refusal why the viewer may not reply to it, or null when they may
 */
public record CommentThread(CommentableWork work, ThreadedComment comment, String refusal) {}
