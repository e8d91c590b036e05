package dev.quire.search.web;

import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The query parameters pages and the API share: {@code q}, {@code include}, {@code exclude} (each
 * repeated or comma-separated; AO3 tags never hold commas), {@code sort} and {@code page}.
 */
record SearchParameters(String q, List<String> include, List<String> exclude, String sort, Integer page) {

  WorkSearch toSearch() {
    return new WorkSearch(q, split(include), split(exclude), WorkSort.fromKey(sort), page == null ? 1 : page);
  }

  private static List<String> split(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().flatMap(v -> v == null ? Stream.empty() : Arrays.stream(v.split(","))).toList();
  }
}
