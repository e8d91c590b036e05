package dev.quire.stats;

import dev.quire.stats.Tally.Counted;

/**
 * Something one of a work's counts is made of changed: a comment or a bookmark was added or taken
 * away. Published by whoever changed it, inside its transaction and after its change; {@link
 * Recounts} counts that count again from the rows in the same transaction, so the count commits
 * or rolls back with the change and never drifts from its rows.
 *
 * @param workId the work whose count changed
 * @param counted which of its counts
 */
public record CountsChanged(long workId, Counted counted) {}
