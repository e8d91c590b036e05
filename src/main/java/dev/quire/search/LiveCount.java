package dev.quire.search;

import dev.quire.story.WorkStats;

/**
 * One of the archive's own counts a search orders or filters by, with the index field it has in a
 * work's document (the cluster's) and where it sits in a {@link WorkStats}.
 */
enum LiveCount {
  HITS("hits"),
  KUDOS("kudos"),
  COMMENTS("comments"),
  BOOKMARKS("bookmarks");

  private final String field;

  LiveCount(String field) {
    this.field = field;
  }

  /** The count {@code order} is by; {@code null} for orders by anything else. */
  static LiveCount of(WorkSort order) {
    return switch (order) {
      case HITS -> HITS;
      case KUDOS -> KUDOS;
      case COMMENTS -> COMMENTS;
      case BOOKMARKS -> BOOKMARKS;
      default -> null;
    };
  }

  /** The count a query's {@code field} ranges over; {@code null} for other fields (the stated counts among them). */
  static LiveCount of(SearchField field) {
    return switch (field) {
      case HITS -> HITS;
      case KUDOS -> KUDOS;
      case COMMENTS -> COMMENTS;
      case BOOKMARKS -> BOOKMARKS;
      default -> null;
    };
  }

  String field() {
    return field;
  }

  int of(WorkStats stats) {
    return switch (this) {
      case HITS -> stats.hits();
      case KUDOS -> stats.kudos();
      case COMMENTS -> stats.comments();
      case BOOKMARKS -> stats.bookmarks();
    };
  }
}
