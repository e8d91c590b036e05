package dev.quire.bench;

import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a query written in AO3's search syntax through Quire's search, the way the search page
 * does. The one place the benchmark calls the search API.
 *
 * <p>Today's {@link WorkSearch} takes free text, tags to include and exclude and an order: a range
 * ({@code kudos>10}) has no equivalent and is left out, {@code sort:kudos} becomes the word-count
 * order (the only numeric one), and no facets are counted. {@link #approximated} names what was
 * left out so that the report says so.
 */
final class QueryMix {

  private static final Pattern TOKEN = Pattern.compile(
      "(-?)(fandom|character|relationship|freeform|rating|warning|category):\"([^\"]*)\""
          + "|sort:(\\w+)|(\\w+)([<>])(\\d+)|\"([^\"]*)\"|(\\S+)");

  private final WorkQuery query;

  QueryMix(WorkQuery query) {
    this.query = query;
  }

  /** How many works match {@code ao3Query} (one page of them is loaded, as a search page does). */
  long run(String ao3Query) {
    WorkHits hits = query.search(search(ao3Query));
    return hits.total();
  }

  /** What of {@code ao3Query} today's search cannot express; empty when it runs as written. */
  static List<String> approximated(String ao3Query, QueryKind kind) {
    List<String> missing = new ArrayList<>();
    Matcher token = TOKEN.matcher(ao3Query);
    while (token.find()) {
      if (token.group(5) != null) {
        missing.add("range " + token.group(5) + token.group(6) + token.group(7) + " not applied");
      }
      if ("kudos".equals(token.group(4))) {
        missing.add("sort:kudos run as sort:words");
      }
    }
    if (kind == QueryKind.FACETS) {
      missing.add("no facets counted");
    }
    return missing;
  }

  static WorkSearch search(String ao3Query) {
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    List<String> text = new ArrayList<>();
    WorkSort sort = WorkSort.BEST_MATCH;
    Matcher token = TOKEN.matcher(ao3Query);
    while (token.find()) {
      if (token.group(2) != null) {
        (token.group(1).isEmpty() ? include : exclude).add(token.group(2) + ":" + token.group(3));
      } else if (token.group(4) != null) {
        sort = switch (token.group(4)) {
          case "updated" -> WorkSort.UPDATED;
          case "words", "kudos" -> WorkSort.WORDS;
          default -> WorkSort.BEST_MATCH;
        };
      } else if (token.group(8) != null) {
        text.add("\"" + token.group(8) + "\"");
      } else if (token.group(9) != null) {
        text.add(token.group(9));
      }
    }
    return new WorkSearch(String.join(" ", text), include, exclude, sort, 1);
  }
}
