package dev.quire.comment;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A comment as one viewer sees it, with the replies shown below it. Its body is null when the
 * viewer may not read it: deleted ("(Previous comment deleted.)") or hidden by an admin from
 * anyone but moderators. Immutable.
 *
 * @param chapterNumber the number of the chapter it is about (1 for the first), or null for the whole work
 * @param byline the commenter's user name, or a guest's name
 * @param userName the commenter's user name, or null for a guest (or an account that closed)
 * @param edited when its text last changed, or null
 * @param actions what the viewer may do to it (their buttons)
 * @param continues whether it has replies this page does not show ("Continue this thread")
 * @param imported whether it was imported from an old archive's reviews, its byline the reviewer's name there
 */
public record ThreadedComment(long id, long workId, Long parentId, Long chapterId, Integer chapterNumber,
    String byline, String userName, Instant posted, Instant edited, String body, boolean deleted, boolean hidden,
    boolean awaitingApproval, boolean frozen, Set<CommentAction> actions, List<ThreadedComment> replies,
    boolean continues, boolean muted, boolean imported) {

  public ThreadedComment {
    actions = Set.copyOf(actions);
    replies = List.copyOf(replies);
  }

  /** Whether the viewer may do {@code action} to it, by name, for templates. */
  public boolean may(String action) {
    return actions.contains(CommentAction.valueOf(action));
  }
}
