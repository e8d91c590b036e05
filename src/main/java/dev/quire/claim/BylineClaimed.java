package dev.quire.claim;

/**
 * An unclaimed byline is being claimed: published inside the claim's transaction just before the
 * byline moves to the account (and perhaps merges into its pseud of the same name), so that what
 * waited on the byline can go to the account in the same transaction.
 *
 * @param creatorId the byline, still unclaimed
 * @param accountId the account claiming it
 */
public record BylineClaimed(long creatorId, long accountId) {}
