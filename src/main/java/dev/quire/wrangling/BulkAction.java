package dev.quire.wrangling;

/** What the unwrangled queue does to the tags ticked in it at once. */
public enum BulkAction {
  /** Each becomes canonical. */
  CANONICAL,
  /** Each becomes a synonym of the tag named. */
  SYNONYM,
  /** Each becomes a synonym of the canonical tag Quire proposes for it. */
  PROPOSED,
  /** The fandom named is added to each one's parents. */
  FANDOM,
  /** Each is marked unwrangleable. */
  UNWRANGLEABLE
}
