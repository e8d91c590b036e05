package dev.quire.work;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the comments on a work need to know of it, read for one viewer who may read it: who may
 * comment (its creators' choice), whether new comments wait for approval, whose work it is (the
 * accounts holding its bylines, who delete, freeze and approve comments and are told of new ones),
 * its chapters in order (for "Comment on Chapter N"), and whether the viewer may change these
 * settings. Immutable.
 *
 * @param creatorAccounts the accounts credited on the work, but the archive's own (unclaimed, orphaned)
 * @param chapterIds the work's chapters, first to last
 * @param settingsEditable whether the viewer may change who comments and moderation (as they edit the work)
 */
public record CommentableWork(long id, String title, CommentPermission permission, boolean moderated,
    Set<Long> creatorAccounts, List<Long> chapterIds, boolean settingsEditable) {

  public CommentableWork {
    creatorAccounts = Set.copyOf(creatorAccounts);
    chapterIds = List.copyOf(chapterIds);
  }

  /** The chapter's number (1 for the first), if the work has it. */
  public Optional<Integer> chapterNumber(long chapterId) {
    int index = chapterIds.indexOf(chapterId);
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }

  /** Whether {@code accountId} holds one of the work's bylines. */
  public boolean isCreator(Long accountId) {
    return accountId != null && creatorAccounts.contains(accountId);
  }
}
