package dev.quire.search;

/**
 * One work as one side of an index check sees it: its id and the fingerprint of what its index
 * document is made from ({@link dev.quire.work.WorkRevision}); {@code null} for a document
 * written before the index kept fingerprints.
 */
record Revision(long workId, Long revision) {}
