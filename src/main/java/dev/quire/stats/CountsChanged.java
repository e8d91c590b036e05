package dev.quire.stats;

/**
 * Something a work's counts are made of changed: a kudos, a comment or a bookmark was added or
 * taken away. Published by whoever changed it, inside its transaction; {@link Recounts} counts the
 * work again from the rows once that transaction has committed, so a count never drifts from its
 * rows.
 *
 * @param workId the work whose counts changed
 */
public record CountsChanged(long workId) {}
