package dev.quire.posting;

/**
 * A chapter was added to a posted work (not to a draft): readers may read it from when the
 * transaction that added it commits. Published inside that transaction.
 */
public record ChapterPosted(long workId, long chapterId, int position) {}
