/**
 * Subscriptions, as AO3 has them and one more: an account follows a work (its new chapters), a
 * person (their new works and chapters), a series (its new works and chapters) or a saved search
 * (works newly posted that it finds, past AO3). What they bring is a notice in the account's inbox,
 * mailed at once or in a daily digest, and listed in a private Atom feed and OPDS shelf at a secret
 * address the account can reset. Every notice is of a work the subscriber may read and has not
 * muted the creator of, decided by the access policy as for every other list.
 */
package dev.quire.subscription;
