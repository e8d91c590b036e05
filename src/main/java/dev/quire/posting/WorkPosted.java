package dev.quire.posting;

/**
 * A work was posted, or a draft of it: readers may find it from when the transaction that posted it
 * commits. Published inside that transaction.
 */
public record WorkPosted(long workId) {}
