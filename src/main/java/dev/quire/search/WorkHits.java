package dev.quire.search;

import dev.quire.tag.TagKind;
import dev.quire.work.WorkSummary;
import java.util.List;
import java.util.Map;

/**
 * One page of search results: works loaded from the database in the index's order, what in them
 * matched the words searched for, and how many of all matching works carry each tag.
 *
 * @param total how many works match in all
 * @param works this page's works
 * @param snippets for each work id on the page, passages of its text where the words were found,
 *     as HTML with the words in {@code <mark>}; absent when nothing was highlighted
 * @param facets for each kind of tag, the most used tags among all matching works with their
 *     counts, most used first
 * @param position the 1-based position of this page's first work
 * @param next the cursor of the next page, or {@code null} on the last page
 * @param sort the order the works are in
 * @param ascending whether that order goes up
 */
public record WorkHits(
    long total,
    List<WorkSummary> works,
    Map<Long, List<String>> snippets,
    Map<TagKind, List<FacetCount>> facets,
    long position,
    String next,
    WorkSort sort,
    boolean ascending) {

  public WorkHits {
    works = List.copyOf(works);
    snippets = Map.copyOf(snippets);
    facets = Map.copyOf(facets);
  }

  /** A tag and how many matching works carry it. */
  public record FacetCount(String name, long count) {}

  public boolean hasNext() {
    return next != null;
  }

  /** The position of this page's last work; {@code position - 1} on an empty page. */
  public long last() {
    return position + works.size() - 1;
  }

  public List<String> snippetsOf(long workId) {
    return snippets.getOrDefault(workId, List.of());
  }

  public List<FacetCount> facetsOf(TagKind kind) {
    return facets.getOrDefault(kind, List.of());
  }
}
