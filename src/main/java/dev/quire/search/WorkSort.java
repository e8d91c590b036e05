package dev.quire.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The orders a search can return works in: AO3's sorts. Each has the index field it orders by and
 * the direction AO3 uses when the reader does not choose one. Hits, kudos, comments and bookmarks
 * order by the archive's own counts, as its pages show them; the {@code source_} orders by what an
 * imported file stated at its source, the only counts an imported archive had before its readers'.
 */
public enum WorkSort {
  /** By relevance to the text; without text, like {@link #UPDATED}. */
  BEST_MATCH("best", "Best Match", null, false),
  CREATOR("creator", "Creator", "creatorSort", true),
  TITLE("title", "Title", "titleSort", true),
  PUBLISHED("published", "Date Posted", "published", false),
  UPDATED("updated", "Date Updated", "updatedAt", false),
  WORDS("words", "Word Count", "words", false),
  HITS("hits", "Hits", "hits", false),
  KUDOS("kudos", "Kudos", "kudos", false),
  COMMENTS("comments", "Comments", "comments", false),
  BOOKMARKS("bookmarks", "Bookmarks", "bookmarks", false),
  SOURCE_HITS("source_hits", "Hits at Source", "sourceHits", false),
  SOURCE_KUDOS("source_kudos", "Kudos at Source", "sourceKudos", false),
  SOURCE_COMMENTS("source_comments", "Comments at Source", "sourceComments", false),
  SOURCE_BOOKMARKS("source_bookmarks", "Bookmarks at Source", "sourceBookmarks", false);

  private final String key;
  private final String label;
  private final String field;
  private final boolean ascendingByDefault;

  WorkSort(String key, String label, String field, boolean ascendingByDefault) {
    this.key = key;
    this.label = label;
    this.field = field;
    this.ascendingByDefault = ascendingByDefault;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The sortable index field; {@code null} for best match, which orders by score. */
  String field() {
    return field;
  }

  /** Whether this order goes up (A to Z, oldest first) unless the reader says otherwise. */
  public boolean ascendingByDefault() {
    return ascendingByDefault;
  }

  /** The sort named {@code key} in a URL or query ({@code kudos}, {@code date_updated}); blank means best match. */
  public static WorkSort fromKey(String key) {
    if (key == null || key.isBlank()) {
      return BEST_MATCH;
    }
    String wanted = key.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    for (WorkSort sort : values()) {
      if (sort.key.equals(wanted) || sort.label.toLowerCase(Locale.ROOT).replace(' ', '_').equals(wanted)
          || sort.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return sort;
      }
    }
    throw new InvalidSearchException("unknown sort '" + key.strip() + "': use one of "
        + Arrays.stream(values()).map(WorkSort::key).collect(Collectors.joining(", ")));
  }

  /**
   * Whether a direction as a URL or query writes it goes up: {@code asc} or {@code ascending} does,
   * {@code desc} or {@code descending} does not (any case).
   *
   * @throws InvalidSearchException naming the accepted words for anything else
   */
  public static boolean isAscending(String direction) {
    return switch (direction.strip().toLowerCase(Locale.ROOT)) {
      case "asc", "ascending" -> true;
      case "desc", "descending" -> false;
      default -> throw new InvalidSearchException(
          "order is asc (up) or desc (down), not '" + direction.strip() + "'");
    };
  }
}
