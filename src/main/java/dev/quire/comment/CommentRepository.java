package dev.quire.comment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** A work's comments, a page of threads at a time. */
interface CommentRepository extends JpaRepository<Comment, Long> {

  /** Comments awaiting approval are listed only to their commenter, or to all when {@code allHeld}. */
  String SHOWN_HELD = " (c.awaitingApproval = false or c.commenterId = :viewer or :allHeld = true) ";

  /** A work's top-level comments (on one chapter, when {@code chapterId} is given), oldest first. */
  @Query(value = "select c from Comment c where c.workId = :workId and c.parentId is null"
      + " and (:chapterId is null or c.chapterId = :chapterId) and" + SHOWN_HELD + "order by c.id",
      countQuery = "select count(c) from Comment c where c.workId = :workId and c.parentId is null"
      + " and (:chapterId is null or c.chapterId = :chapterId) and" + SHOWN_HELD)
  Page<Comment> findThreads(long workId, Long chapterId, Long viewer, boolean allHeld, Pageable page);

  /** Every comment of these threads, oldest first. */
  @Query("select c from Comment c where c.threadId in :threadIds order by c.id")
  List<Comment> findInThreads(Collection<Long> threadIds);

  @Query("select c from Comment c where c.workId = :workId order by c.id")
  List<Comment> findOnWork(long workId);

  List<Comment> findByParentId(long parentId);

  boolean existsByParentId(long parentId);

  /** Whether the review this key names has been imported already (and its comment not removed). */
  boolean existsByImportedFrom(String importedFrom);

  /** Whether the account has left this comment on the work already (not deleted). */
  @Query("select count(c) > 0 from Comment c where c.workId = :workId and c.bodyDigest = :digest"
      + " and c.deleted = false and c.commenterId = :accountId")
  boolean existsRepeatByAccount(long workId, String digest, long accountId);

  /** Whether a guest with this address has left this comment on the work already (not deleted). */
  @Query("select count(c) > 0 from Comment c where c.workId = :workId and c.bodyDigest = :digest"
      + " and c.deleted = false and lower(c.guestEmail) = lower(:email)")
  boolean existsRepeatByGuest(long workId, String digest, String email);
}
