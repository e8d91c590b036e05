/**
 * AO3's mute and block, enforced on the server: an account's mutes narrow the read scope of every
 * list it is shown, and its blocks refuse the blocked user's kudos and comments in the access and
 * comment policies. Its own package rather than {@code account}'s because the work and comment
 * packages read it, and {@code account} must stay below them.
 */
package dev.quire.mute;
