package dev.quire.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reader's comment on a work (and perhaps one of its chapters), or a reply to another comment.
 * The work, chapter, parent and commenter are held by id: comments are read with their work
 * through the access policy ({@code CommentSettings}), never loaded around it. A comment is by an
 * account or by a guest, who gives a name and an email address (never shown), or was imported
 * from an old archive's reviews under the reviewer's name, which no account holds.
 */
@Entity
@Table(name = "work_comment")
class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "work_id", nullable = false)
  private long workId;

  @Column(name = "chapter_id")
  private Long chapterId;

  @Column(name = "parent_id")
  private Long parentId;

  /** The top-level comment of its thread: its own id for a top-level comment. */
  @Column(name = "thread_id")
  private Long threadId;

  /** 1 for a top-level comment, its parent's and one for a reply. */
  @Column(nullable = false)
  private int depth;

  @Column(name = "commenter_id")
  private Long commenterId;

  @Column(name = "guest_name")
  private String guestName;

  @Column(name = "guest_email")
  private String guestEmail;

  /** Cleaned HTML; null once deleted. */
  private String body;

  /** What makes two bodies the same comment posted again ({@link CommentBody#digest}). */
  @Column(name = "body_digest", nullable = false)
  private String bodyDigest;

  @Column(name = "awaiting_approval", nullable = false)
  private boolean awaitingApproval;

  @Column(nullable = false)
  private boolean frozen;

  @Column(nullable = false)
  private boolean hidden;

  @Column(nullable = false)
  private boolean deleted;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  /** Where an imported comment came from (an old archive's review); null for one left here. */
  @Column(name = "imported_from")
  private String importedFrom;

  protected Comment() {}

  /** A review an old archive kept, as a top-level comment under the reviewer's name. */
  static Comment imported(long workId, Long chapterId, String reviewer, CommentBody body, Instant postedAt,
      String importedFrom) {
    Comment comment = new Comment(workId, chapterId, null, Commenter.guest(reviewer, null), body, false, postedAt);
    comment.importedFrom = importedFrom;
    return comment;
  }

  Comment(long workId, Long chapterId, Comment parent, Commenter commenter, CommentBody body,
      boolean awaitingApproval, Instant postedAt) {
    this.workId = workId;
    this.chapterId = chapterId;
    this.parentId = parent == null ? null : parent.id;
    this.threadId = parent == null ? null : parent.threadId;
    this.depth = parent == null ? 1 : parent.depth + 1;
    this.commenterId = commenter.accountId();
    this.guestName = commenter.guestName();
    this.guestEmail = commenter.guestEmail();
    this.body = body.html();
    this.bodyDigest = body.digest();
    this.awaitingApproval = awaitingApproval;
    this.postedAt = postedAt;
  }

  /** A top-level comment is its own thread: called once it has an id. */
  void startThread() {
    if (threadId == null) {
      threadId = id;
    }
  }

  Long getId() {
    return id;
  }

  long getWorkId() {
    return workId;
  }

  Long getChapterId() {
    return chapterId;
  }

  Long getParentId() {
    return parentId;
  }

  Long getThreadId() {
    return threadId;
  }

  int getDepth() {
    return depth;
  }

  Long getCommenterId() {
    return commenterId;
  }

  String getGuestName() {
    return guestName;
  }

  String getGuestEmail() {
    return guestEmail;
  }

  String getBody() {
    return body;
  }

  Instant getPostedAt() {
    return postedAt;
  }

  Instant getEditedAt() {
    return editedAt;
  }

  boolean isAwaitingApproval() {
    return awaitingApproval;
  }

  boolean isFrozen() {
    return frozen;
  }

  boolean isHidden() {
    return hidden;
  }

  boolean isDeleted() {
    return deleted;
  }

  boolean isImported() {
    return importedFrom != null;
  }

  boolean isBy(Long accountId) {
    return accountId != null && accountId.equals(commenterId);
  }

  void edit(CommentBody revised, Instant at) {
    body = revised.html();
    bodyDigest = revised.digest();
    editedAt = at;
  }

  /** Keeps the comment as "(Previous comment deleted.)", for the replies that hang on it. */
  void markDeleted() {
    deleted = true;
    body = null;
  }

  void approve() {
    awaitingApproval = false;
  }

  void setFrozen(boolean frozen) {
    this.frozen = frozen;
  }

  void setHidden(boolean hidden) {
    this.hidden = hidden;
  }
}
