package dev.quire.subscription;

/** A subscription asked for: its id, and whether it is new (false when the account had it already). */
public record Subscribed(long id, SubscriptionKind kind, boolean created) {}
