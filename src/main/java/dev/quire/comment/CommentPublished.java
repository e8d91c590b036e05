package dev.quire.comment;

/**
 * A comment was posted, or a held one approved: those it concerns are told once the transaction
 * commits ({@link CommentNotices}).
 *
 * @param approval whether a creator approved a held comment (its creators knew of it already)
 */
record CommentPublished(long commentId, boolean approval) {}
