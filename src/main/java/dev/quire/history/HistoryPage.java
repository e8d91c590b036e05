package dev.quire.history;

import dev.quire.reader.ReadingPreferences;
import java.util.List;

/**
 * A page of a reader's history, the most recently visited first.
 *
 * @param userName whose it is
 * @param entries the page's works
 * @param page the page's number, from 1
 * @param pages how many pages there are (at least 1)
 * @param total how many works the history (or its works marked for later) holds
 * @param laterOnly whether only the works marked for later are listed ({@code ?show=to-read})
 * @param preferences whether the history is paused, and whether works read are hidden from lists
 */
public record HistoryPage(String userName, List<HistoryEntry> entries, int page, int pages, long total,
    boolean laterOnly, ReadingPreferences preferences) {

  /** Works shown a page. */
  public static final int SIZE = 20;
}
