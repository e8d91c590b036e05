package dev.quire.search;

import java.util.Locale;

/** The orders a search can return works in. */
public enum WorkSort {
  /** By relevance to the text; without text, like {@link #UPDATED}. */
  BEST_MATCH("best", "Best Match"),
  UPDATED("updated", "Date Updated"),
  WORDS("words", "Word Count");

  private final String key;
  private final String label;

  WorkSort(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The sort named {@code key} in a URL; blank means best match. */
  public static WorkSort fromKey(String key) {
    if (key == null || key.isBlank()) {
      return BEST_MATCH;
    }
    for (WorkSort sort : values()) {
      if (sort.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
        return sort;
      }
    }
    throw new InvalidSearchException(
        "unknown sort '" + key + "': use one of best, updated, words");
  }
}
