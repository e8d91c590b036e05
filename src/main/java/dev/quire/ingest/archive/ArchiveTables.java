package dev.quire.ingest.archive;

import dev.quire.ingest.TextDecoder;
import dev.quire.ingest.UnreadableFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of one archive, found by name among its files: {@code NAME.csv} files and the tables
 * of {@code .sql} dumps. A table is known by its name or by its name behind a prefix ({@code
 * od_stories} is the stories table), the longest known name winning, so {@code sample_item_tags}
 * links tags rather than holding them. Files with other names and extensions are ignored, as are
 * zero-byte files.
 *
 * @param stories the stories, never {@code null}
 * @param chapters the chapters, never {@code null}
 * @param authors the authors, never {@code null}
 * @param tags the tags table, or {@code null} when the archive has none
 * @param tagLinks {@code item_tags} and {@code story_tags}, those the archive has
 * @param authorLinks {@code item_authors}, {@code story_authors} and {@code coauthors}, those the
 *     archive has
 */
record ArchiveTables(
    ArchiveTable stories,
    ArchiveTable chapters,
    ArchiveTable authors,
    ArchiveTable tags,
    List<ArchiveTable> tagLinks,
    List<ArchiveTable> authorLinks) {

  private static final Set<String> ROLES = Set.of("stories", "chapters", "authors", "tags",
      "item_tags", "story_tags", "item_authors", "story_authors", "coauthors");
  private static final TextDecoder DECODER = new TextDecoder();

  /**
   * Finds the tables among the files.
   *
   * @param files file contents by file name (directories in a name are ignored)
   * @throws UnreadableFileException when a file cannot be read, a table is given twice, or the
   *     stories, chapters or authors table is missing
   */
  static ArchiveTables load(Map<String, byte[]> files) throws UnreadableFileException {
    Map<String, ArchiveTable> byRole = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
      String name = baseName(file.getKey());
      String lower = name.toLowerCase(Locale.ROOT);
      if (file.getValue().length == 0) {
        continue;
      }
      if (lower.endsWith(".sql")) {
        Map<String, ArchiveTable> tables =
            SqlDumpReader.read(text(name, file.getValue()), name, t -> role(t) != null);
        for (ArchiveTable table : tables.values()) {
          put(byRole, role(table.name()), table);
        }
      } else if (lower.endsWith(".csv") && role(stem(lower)) != null) {
        String table = stem(name);
        put(byRole, role(table), CsvTable.read(text(name, file.getValue()), name, table));
      }
    }
    ArchiveTable chapters = required(byRole, "chapters", "story_id", "sid");
    ArchiveTable authors = required(byRole, "authors", "id");
    requireColumn(chapters, "text");
    requireColumn(authors, "name");
    return new ArchiveTables(
        required(byRole, "stories", "id"),
        chapters,
        authors,
        byRole.get("tags"),
        present(byRole, "item_tags", "story_tags"),
        present(byRole, "item_authors", "story_authors", "coauthors"));
  }

  /** The role a table plays, from its name, or {@code null} when it plays none. */
  static String role(String tableName) {
    String name = tableName.toLowerCase(Locale.ROOT);
    if (ROLES.contains(name)) {
      return name;
    }
    String best = null;
    for (String role : ROLES) {
      if (name.endsWith("_" + role) && (best == null || role.length() > best.length())) {
        best = role;
      }
    }
    return best;
  }

  private static void put(Map<String, ArchiveTable> byRole, String role, ArchiveTable table)
      throws UnreadableFileException {
    ArchiveTable earlier = byRole.putIfAbsent(role, table);
    if (earlier != null) {
      throw new UnreadableFileException("the archive has two " + role + " tables: "
          + describe(earlier) + " and " + describe(table) + "; keep one");
    }
  }

  private static ArchiveTable required(Map<String, ArchiveTable> byRole, String role,
      String... keyColumns) throws UnreadableFileException {
    ArchiveTable table = byRole.get(role);
    if (table == null) {
      throw new UnreadableFileException("the archive has no " + role + " table: expected "
          + role + ".csv, or CREATE TABLE / INSERT INTO `" + role + "` in a .sql dump");
    }
    requireColumn(table, keyColumns);
    return table;
  }

  private static void requireColumn(ArchiveTable table, String... aliases)
      throws UnreadableFileException {
    if (!table.hasAny(aliases)) {
      throw new UnreadableFileException(describe(table) + " has no " + aliases[0]
          + " column (its columns: " + String.join(", ", table.columns()) + ")");
    }
  }

  private static List<ArchiveTable> present(Map<String, ArchiveTable> byRole, String... roles) {
    List<ArchiveTable> tables = new ArrayList<>();
    for (String role : roles) {
      if (byRole.containsKey(role)) {
        tables.add(byRole.get(role));
      }
    }
    return List.copyOf(tables);
  }

  private static String describe(ArchiveTable table) {
    return table.source().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? table.source() : "table " + table.name() + " in " + table.source();
  }

  private static String text(String name, byte[] bytes) throws UnreadableFileException {
    try {
      return DECODER.decode(bytes).text();
    } catch (UnreadableFileException e) {
      throw new UnreadableFileException(name + ": " + e.getMessage(), e);
    }
  }

  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }
}
