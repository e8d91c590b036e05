package dev.quire.ingest.format;

import dev.quire.story.WorkStats;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the kudos, hits, comments and bookmarks an AO3 stats line states ({@code Kudos: 61
 * Bookmarks: 1 Hits: 1,305}); a count the line does not state is 0.
 */
final class StatedStats {

  private static final Pattern KUDOS = count("Kudos");
  private static final Pattern HITS = count("Hits");
  private static final Pattern COMMENTS = count("Comments");
  private static final Pattern BOOKMARKS = count("Bookmarks");

  private StatedStats() {}

  static WorkStats read(String stats) {
    return new WorkStats(
        find(KUDOS, stats), find(HITS, stats), find(COMMENTS, stats), find(BOOKMARKS, stats));
  }

  private static int find(Pattern label, String stats) {
    Matcher count = label.matcher(stats);
    if (!count.find()) {
      return 0;
    }
    long value = Long.parseLong(count.group(1).replace(",", ""));
    return (int) Math.min(value, Integer.MAX_VALUE);
  }

  private static Pattern count(String label) {
    return Pattern.compile("\\b" + label + ":\\s*(\\d{1,3}(?:,\\d{3})+|\\d{1,12})(?![\\d,])");
  }
}
