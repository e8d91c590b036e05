package dev.quire.account;

/**
 * Published when an account has been made, inside the transaction that made it: a listener's
 * writes (the default pseud) are kept or lost with the account.
 *
 * @param account the new account, already saved
 */
public record AccountCreated(Account account) {}
