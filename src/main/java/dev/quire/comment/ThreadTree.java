package dev.quire.comment;

import dev.quire.account.Viewer;
import dev.quire.work.CommentableWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comments of some threads of a work, arranged as replies under their parents and shown as
 * {@code viewer} sees them: held ones only to whom the policy lets see them, a hidden one's text
 * only to moderators, a deleted one as a place in its thread, and one by a user the viewer muted as
 * a place too, with neither its words nor its commenter's name.
 */
final class ThreadTree {

  private final Viewer viewer;
  private final CommentableWork work;
  private final CommentPolicy policy;
  private final Map<Long, List<Comment>> replies = new HashMap<>();
  private final Map<Long, String> userNames;
  private final Set<Long> muted;
  private final CommentPolicy.Blocks blocks;

  ThreadTree(Viewer viewer, CommentableWork work, CommentPolicy policy, List<Comment> comments,
      Function<Set<Long>, Map<Long, String>> accountNames, Set<Long> muted, CommentPolicy.Blocks blocks) {
    this.viewer = viewer;
    this.blocks = blocks;
    this.muted = Set.copyOf(muted);
    this.work = work;
    this.policy = policy;
    for (Comment comment : comments) {
      if (comment.getParentId() != null) {
        replies.computeIfAbsent(comment.getParentId(), id -> new ArrayList<>()).add(comment);
      }
    }
    Set<Long> commenters = comments.stream().map(Comment::getCommenterId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    this.userNames = commenters.isEmpty() ? Map.of() : accountNames.apply(commenters);
  }

  /** The replies to {@code comment} the viewer sees, oldest first. */
  List<Comment> repliesTo(Comment comment) {
    return replies.getOrDefault(comment.getId(), List.of()).stream()
        .filter(reply -> policy.sees(viewer, work, reply)).toList();
  }

  /** {@code comment} and its replies to {@code levels} levels (itself the first); deeper ones continue on its page. */
  ThreadedComment show(Comment comment, int levels) {
    List<Comment> below = repliesTo(comment);
    boolean continues = levels <= 1 && !below.isEmpty();
    List<ThreadedComment> shown = continues ? List.of() : below.stream().map(reply -> show(reply, levels - 1)).toList();
    // A muted user's comment keeps its place (the replies of others hang on it), not its words or name.
    boolean mutedBy = comment.getCommenterId() != null && muted.contains(comment.getCommenterId());
    boolean readable = !comment.isDeleted() && !mutedBy && (!comment.isHidden() || policy.readsHidden(viewer));
    String userName = comment.getCommenterId() == null || mutedBy ? null : userNames.get(comment.getCommenterId());
    String byline = comment.getCommenterId() == null ? comment.getGuestName()
        : mutedBy ? "(Muted user)" : userName == null ? "(Account closed)" : userName;
    return new ThreadedComment(comment.getId(), comment.getWorkId(), comment.getParentId(), comment.getChapterId(),
        comment.getChapterId() == null ? null : work.chapterNumber(comment.getChapterId()).orElse(null),
        byline, userName, comment.getPostedAt(), comment.getEditedAt(), readable ? comment.getBody() : null,
        comment.isDeleted(), comment.isHidden(), comment.isAwaitingApproval(), comment.isFrozen(),
        policy.actions(viewer, work, comment, blocks), shown, continues, mutedBy, comment.isImported());
  }

  /** {@code comment} and every reply below it, held ones too. */
  List<Comment> subtree(Comment comment) {
    List<Comment> all = new ArrayList<>(List.of(comment));
    for (int i = 0; i < all.size(); i++) {
      all.addAll(replies.getOrDefault(all.get(i).getId(), List.of()));
    }
    return all;
  }
}
