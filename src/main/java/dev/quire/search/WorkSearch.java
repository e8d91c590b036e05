package dev.quire.search;

import java.util.List;

/**
 * What a reader asked for: free text, tags to include and exclude, an order and a page.
 *
 * <p>A tag filter is either a key {@code kind:name} ({@code fandom:Smallville}) or a bare name that
 * matches a tag of any kind; both ignore case. {@code creator:name} filters by a creator's exact
 * name in the same way.
 *
 * @param text words to find in titles, creators, tags, summaries, notes and chapter text; blank for
 *     none
 * @param include every one of these tags must be on a work
 * @param exclude none of these tags may be on a work
 * @param sort the order of results
 * @param page 1-based page number
 */
public record WorkSearch(
    String text, List<String> include, List<String> exclude, WorkSort sort, int page) {

  public static final int PAGE_SIZE = 20;

  /** The prefix of a filter that names a creator rather than a tag: {@code creator:name}. */
  public static final String CREATOR = "creator";

  public WorkSearch {
    text = text == null ? "" : text.strip();
    include = include == null ? List.of() : clean(include);
    exclude = exclude == null ? List.of() : clean(exclude);
    sort = sort == null ? WorkSort.BEST_MATCH : sort;
    page = Math.max(page, 1);
  }

  /** Everything, most recently updated first. */
  public static WorkSearch all() {
    return new WorkSearch("", List.of(), List.of(), WorkSort.UPDATED, 1);
  }

  public boolean hasText() {
    return !text.isEmpty();
  }

  private static List<String> clean(List<String> tags) {
    return tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
  }
}
