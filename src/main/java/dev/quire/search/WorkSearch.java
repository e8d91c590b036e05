package dev.quire.search;

import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a reader asked for: a query in AO3's syntax (see {@link QueryParser}), tags to include and
 * exclude, an order, and where the page starts.
 *
 * <p>A tag filter is either a key {@code kind:name} ({@code fandom:Smallville}) or a bare name that
 * matches a tag of any kind; both ignore case, and a canonical tag also matches its synonyms.
 *
 * @param query words, phrases, operators, {@code field:value} and ranges; blank for everything
 * @param include every one of these tags must be on a work
 * @param exclude none of these tags may be on a work
 * @param sort the order of results; {@code null} for the query's {@code sort:} or else best match
 * @param ascending the direction; {@code null} for the query's or else the sort's usual one
 * @param after where this page starts: a {@link SearchCursor} from the page before; {@code null}
 *     for the first page
 * @param moreFacets kinds whose facet lists the reader opened ("more"): they list more tags
 * @param facets whether to count tags per kind at all; counting them over every matching work is
 *     the costliest part of a search, so lists that show no facets (feeds, tag pages) leave it out
 */
public record WorkSearch(
    String query,
    List<String> include,
    List<String> exclude,
    WorkSort sort,
    Boolean ascending,
    String after,
    Set<TagKind> moreFacets,
    boolean facets) {

  public static final int PAGE_SIZE = 20;

  /**
   * How deep a page found by position may reach: paging by position (numbered pages, and best
   * match, whose cursors hold no sort value) makes the index collect every work before the page,
   * and OpenSearch refuses to go past its {@code max_result_window} ({@code
   * search/opensearch-index.json}), so both deployments stop at the same 100,000th work. Cursors
   * of the other orders search after a work and go on.
   */
  public static final int DEEPEST = 100_000;

  /** The deepest page a list numbers ({@link #atPage}): its last work is the {@link #DEEPEST}. */
  public static final int LAST_PAGE = DEEPEST / PAGE_SIZE;

  /**
   * The prefix of an include or exclude filter that names a creator exactly ({@code
   * creator:Maggie}, ignoring case) rather than a tag.
   */
  public static final String CREATOR = "creator";

  public WorkSearch {
    query = query == null ? "" : query.strip();
    include = include == null ? List.of() : clean(include);
    exclude = exclude == null ? List.of() : clean(exclude);
    after = after == null || after.isBlank() ? null : after.strip();
    moreFacets = moreFacets == null ? Set.of() : Set.copyOf(moreFacets);
  }

  /** The first page of what {@code query} finds, in the order it asks for. */
  public static WorkSearch of(String query) {
    return new WorkSearch(query, List.of(), List.of(), null, null, null, Set.of(), true);
  }

  /** Everything, most recently updated first. */
  public static WorkSearch all() {
    return new WorkSearch("", List.of(), List.of(), WorkSort.UPDATED, null, null, Set.of(), true);
  }

  /**
   * The same search from page {@code page} of {@link #PAGE_SIZE} works, counted from 1: paging by
   * position, for lists that number their pages (feeds). Search pages follow {@link WorkHits#next()}.
   */
  public WorkSearch atPage(int page) {
    return after(new SearchCursor((long) Math.max(page - 1, 0) * PAGE_SIZE + 1, null, 0).encode());
  }

  /** The same search starting at {@code cursor}. */
  public WorkSearch after(String cursor) {
    return new WorkSearch(query, include, exclude, sort, ascending, cursor, moreFacets, facets);
  }

  /** The same search, also requiring the tag {@code filter} ({@code kind:name} or a bare name). */
  public WorkSearch including(String filter) {
    List<String> more = new ArrayList<>(include);
    more.add(filter);
    return new WorkSearch(query, more, exclude, sort, ascending, after, moreFacets, facets);
  }

  /** The same search, also leaving out the tags of {@code filters} it does not leave out already. */
  public WorkSearch excluding(List<String> filters) {
    List<String> more = new ArrayList<>(exclude);
    filters.stream().filter(f -> more.stream().noneMatch(f::equalsIgnoreCase)).forEach(more::add);
    return new WorkSearch(query, include, more, sort, ascending, after, moreFacets, facets);
  }

  /** The same search without tag counts, for lists that show none. */
  public WorkSearch withoutFacets() {
    return new WorkSearch(query, include, exclude, sort, ascending, after, moreFacets, false);
  }

  private static List<String> clean(List<String> tags) {
    return tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
  }
}
