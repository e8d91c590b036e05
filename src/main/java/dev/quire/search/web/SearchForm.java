package dev.quire.search.web;

import dev.quire.platform.PageNumber;
import dev.quire.search.InvalidSearchException;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The search page's form and the API's parameters, as AO3's work search has them: a query in AO3's
 * syntax ({@code q}), one field per tag kind and per range, and tags to include and exclude (each
 * repeated or comma-separated; AO3 tags never hold commas); {@code facets=false} leaves out the
 * tag counts; {@code saved=off} leaves out a logged-in reader's saved exclusions; {@code page}
 * numbers pages where {@code after} follows them. Every field but the
 * lists becomes part of one query, so that the form and the query box mean the same thing and the
 * page can say what was searched for.
 *
 * <p>Every parameter is taken as text and read here, so that a value of the wrong kind ({@code
 * facets=maybe}, {@code page=two}) is an {@link InvalidSearchException} naming the parameter, the
 * same on the pages and in the API.
 */
record SearchForm(
    String q,
    String title,
    String creators,
    String rating,
    List<String> warnings,
    List<String> categories,
    String fandoms,
    String relationships,
    String characters,
    String freeforms,
    String language,
    String complete,
    String crossover,
    String singleChapter,
    String words,
    String kudos,
    String hits,
    String comments,
    String bookmarks,
    String published,
    String updated,
    List<String> include,
    List<String> exclude,
    String sort,
    String order,
    String after,
    String page,
    List<String> more,
    String facets,
    String saved) {

  /**
   * The whole form as one query in AO3's syntax; blank when nothing was asked.
   *
   * @throws InvalidSearchException when {@code singleChapter} is neither true nor false
   */
  String query() {
    List<String> parts = new ArrayList<>();
    add(parts, q == null ? "" : q.strip());
    field(parts, "title", title);
    field(parts, "creator", creators);
    field(parts, "rating", rating);
    split(warnings).forEach(w -> field(parts, "warning", w));
    split(categories).forEach(c -> field(parts, "category", c));
    tags(parts, "fandom", fandoms);
    tags(parts, "relationship", relationships);
    tags(parts, "character", characters);
    tags(parts, "freeform", freeforms);
    field(parts, "language", language);
    field(parts, "complete", complete);
    field(parts, "crossover", crossover);
    if (yesOrNo("singleChapter", singleChapter, false)) {
      parts.add("single_chapter:yes");
    }
    field(parts, "words", words);
    field(parts, "kudos", kudos);
    field(parts, "hits", hits);
    field(parts, "comments", comments);
    field(parts, "bookmarks", bookmarks);
    field(parts, "published", published);
    field(parts, "updated", updated);
    return String.join(" ", parts);
  }

  /**
   * The search this form asks for.
   *
   * @throws InvalidSearchException naming the parameter when one cannot be read
   */
  WorkSearch toSearch() {
    WorkSearch search = new WorkSearch(query(), split(include), split(exclude),
        sort == null || sort.isBlank() ? null : WorkSort.fromKey(sort), ascending(), after, moreFacets(),
        yesOrNo("facets", facets, true));
    if (page == null || page.isBlank()) {
      return search;
    }
    if (search.after() != null) {
      throw new InvalidSearchException("use either 'page' or 'after' (the 'next' of the page before), not both");
    }
    return search.atPage(pageNumber());
  }

  private int pageNumber() {
    return PageNumber.of(page, WorkSearch.LAST_PAGE).orElseThrow(() -> new InvalidSearchException(
        "'page' is a whole number from 1 to " + WorkSearch.LAST_PAGE + ", not '" + page.strip() + "'"));
  }

  private static boolean yesOrNo(String parameter, String value, boolean absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new InvalidSearchException(
          "'" + parameter + "' is true or false, not '" + value.strip() + "'");
    };
  }

  /** Whether the reader asked to include the tag {@code key} ({@code kind:name}). */
  public boolean including(String key) {
    return split(include).stream().anyMatch(key::equalsIgnoreCase);
  }

  /** Whether the reader asked to exclude the tag {@code key} ({@code kind:name}). */
  public boolean excluding(String key) {
    return split(exclude).stream().anyMatch(key::equalsIgnoreCase);
  }

  /** The tags included. */
  public List<String> inclusions() {
    return split(include);
  }

  /**
   * Whether the reader's saved exclusions marked "always" apply to this search: unless it says
   * {@code saved=off}.
   */
  boolean withSavedExclusions() {
    return !"off".equalsIgnoreCase(saved == null ? "" : saved.strip());
  }

  /** The tags excluded, for saving them as a named filter. */
  public List<String> exclusions() {
    return split(exclude);
  }

  private Boolean ascending() {
    return order == null || order.isBlank() ? null : WorkSort.isAscending(order);
  }

  private Set<TagKind> moreFacets() {
    Set<TagKind> kinds = EnumSet.noneOf(TagKind.class);
    for (String key : split(more)) {
      try {
        kinds.add(TagKind.fromKey(key));
      } catch (IllegalArgumentException e) {
        throw new InvalidSearchException("'more' names a kind of tag (" + TagKind.keys() + "), not '" + key + "'");
      }
    }
    return kinds;
  }

  private static void tags(List<String> parts, String field, String names) {
    if (names != null) {
      Arrays.stream(names.split(",")).forEach(name -> field(parts, field, name));
    }
  }

  private static void field(List<String> parts, String field, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(field + ":\"" + value.replace("\"", "").strip() + "\"");
    }
  }

  private static void add(List<String> parts, String value) {
    if (!value.isEmpty()) {
      parts.add(value);
    }
  }

  static List<String> split(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream()
        .flatMap(v -> v == null ? Stream.empty() : Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }
}
