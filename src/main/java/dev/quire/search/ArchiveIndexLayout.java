package dev.quire.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Names the OpenSearch indexes and aliases of one archive: {@code <prefix>work-l<layout>-000001}
 * behind the aliases {@code <prefix>work-l<layout>-write} and {@code -read}. The prefix keeps
 * several archives (or test runs) apart on one cluster; the layout version ({@link
 * SearchIndex#LAYOUT}) in the aliases means a Quire that indexes works differently starts on a new,
 * empty index and rebuilds it, while older nodes still read the old one: no manual step, and no
 * mapping validation failing at start.
 */
final class ArchiveIndexLayout implements IndexLayoutStrategy {

  private static final Pattern PRIMARY = Pattern.compile("(.+)-l\\d+-\\d{6}");

  private final String prefix;
  private final int layout;

  ArchiveIndexLayout(String prefix, int layout) {
    this.prefix = prefix;
    this.layout = layout;
  }

  @Override
  public String createInitialElasticsearchIndexName(String index) {
    return base(index) + "-000001";
  }

  @Override
  public String createWriteAlias(String index) {
    return base(index) + "-write";
  }

  @Override
  public String createReadAlias(String index) {
    return base(index) + "-read";
  }

  @Override
  public String extractUniqueKeyFromElasticsearchIndexName(String name) {
    Matcher matcher = PRIMARY.matcher(name);
    if (!matcher.matches() || !matcher.group(1).startsWith(prefix)) {
      throw new IllegalArgumentException("'" + name + "' is not an index of this archive (prefix '" + prefix + "')");
    }
    return matcher.group(1).substring(prefix.length());
  }

  /** The name every index of this layout starts with, such as {@code quire-work-l5}. */
  String base(String index) {
    return prefix + index + "-l" + layout;
  }
}
