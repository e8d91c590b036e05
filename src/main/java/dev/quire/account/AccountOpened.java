package dev.quire.account;

/**
 * Published inside the transaction that stores a new account, so that what every account has
 * (its default pseud, named like it) is made in the same transaction.
 *
 * @param accountId the new account
 * @param userName its user name
 */
public record AccountOpened(long accountId, String userName) {}
