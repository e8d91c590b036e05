package dev.quire.subscription;

/** What a subscription follows. */
public enum SubscriptionKind {
  /** A work's new chapters. */
  WORK,
  /** A person's new works and chapters. */
  CREATOR,
  /** A series' new works and chapters. */
  SERIES,
  /** Works newly posted that a saved search finds. */
  SEARCH
}
