package dev.quire.stats;

/**
 * One of a work's counts, counted from the rows it is made of. {@link StatCounters#recount} asks
 * the tally a {@link CountsChanged} names; kudos count themselves ({@link KudosLedger}), comments
 * and bookmarks add theirs as beans when their features hold rows. Hits have none: their rows are
 * kept only for a day ({@link HitLedger}). Implementations are thread-safe and read inside the
 * writer's transaction.
 */
public interface Tally {

  /** The count this tally keeps. */
  Counted counted();

  /** How many {@code workId} has now. */
  int count(long workId);

  /** The counts that rows make, each a column of {@code work_stats}. */
  enum Counted {
    KUDOS("kudos"), COMMENTS("comments"), BOOKMARKS("bookmarks");

    private final String column;

    Counted(String column) {
      this.column = column;
    }

    String column() {
      return column;
    }
  }
}
