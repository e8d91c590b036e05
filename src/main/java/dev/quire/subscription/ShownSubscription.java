package dev.quire.subscription;

import java.time.Instant;

/**
 * One subscription as its account's list shows it.
 *
 * @param name the work's or series' title, the user's name or the query; for a work or series the
 *     reader may no longer read, a sentence saying so instead of its title
 * @param path the page of what it follows, or {@code null} when there is none to show
 */
public record ShownSubscription(long id, SubscriptionKind kind, String name, String path, Instant since) {}
