package dev.quire.story;

/**
 * How readers have answered a work: kudos, hits, comments and bookmarks. Counts are never
 * negative.
 */
public record WorkStats(int kudos, int hits, int comments, int bookmarks) {

  /** A work nobody has answered yet. */
  public static final WorkStats NONE = new WorkStats(0, 0, 0, 0);

  public WorkStats {
    if (kudos < 0 || hits < 0 || comments < 0 || bookmarks < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }
}
