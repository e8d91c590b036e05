package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>Each file is streamed ({@link TableText}): the rows of the stories and chapters tables wait in
 * a {@link ChapterSpill} ({@link SpilledRows}), the smaller tables are held.
 *
 * @param stories the stories table's name and columns, never {@code null}
 * @param chapters the chapters table's name and columns, never {@code null}
 * @param authors the authors, never {@code null}
 * @param tags the tags table, or {@code null} when the archive has none
 * @param tagLinks {@code item_tags} and {@code story_tags}, those the archive has
 * @param authorLinks {@code item_authors}, {@code story_authors} and {@code coauthors}, those the
 *     archive has
 * @param storyRows the rows of the stories table
 * @param chapterRows the rows of the chapters table
 */
record ArchiveTables(
    ArchiveTable stories,
    ArchiveTable chapters,
    ArchiveTable authors,
    ArchiveTable tags,
    List<ArchiveTable> tagLinks,
    List<ArchiveTable> authorLinks,
    SpilledRows storyRows,
    SpilledRows chapterRows) {

  private static final Set<String> ROLES = Set.of("stories", "chapters", "authors", "tags",
      "item_tags", "story_tags", "item_authors", "story_authors", "coauthors");

  /** One file of the archive: its name and a way to read it. */
  record TableFile(String name, long size, Opener opener) {}

  /** Opens a file's bytes. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * Finds the tables among the files, reading each to its end.
   *
   * @param files the archive's files (directories in a name are ignored)
   * @param spill where the stories' and chapters' rows wait
   * @throws UnreadableFileException when a file cannot be read, a table is given twice, or the
   *     stories, chapters or authors table is missing
   * @throws IOException when a file cannot be read from the disk
   */
  static ArchiveTables load(List<TableFile> files, ChapterSpill spill)
      throws UnreadableFileException, IOException {
    Map<String, ArchiveTable> byRole = new TreeMap<>();
    SpilledRows storyRows = SpilledRows.stories(spill);
    SpilledRows chapterRows = SpilledRows.chapters(spill);
    List<TableFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(TableFile::name));
    for (TableFile file : sorted) {
      String name = baseName(file.name());
      String lower = name.toLowerCase(Locale.ROOT);
      boolean dump = lower.endsWith(".sql");
      if (file.size() == 0 || !dump && !(lower.endsWith(".csv") && role(stem(lower)) != null)) {
        continue;
      }
      try (InputStream in = file.opener().open()) {
        TableText text = TableText.open(in, name);
        SqlDumpReader.RowSink sink = (table, values) -> {
          text.decode(values);
          switch (role(table.name())) {
            case "stories" -> storyRows.add(table, values);
            case "chapters" -> chapterRows.add(table, values);
            default -> table.add(values);
          }
        };
        if (dump) {
          SqlCursor cursor = new SqlCursor(text.reader(), name, SqlCursor.MAX_VALUE_CHARS, text.bytesAsText());
          var tables = SqlDumpReader.stream(cursor, t -> role(t) != null, t -> null, sink, null);
          for (ArchiveTable table : tables.values()) {
            put(byRole, role(table.name()), table);
          }
        } else {
          put(byRole, role(stem(name)), CsvTable.stream(text.reader(), name, stem(name), sink::row));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
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
        present(byRole, "item_authors", "story_authors", "coauthors"),
        storyRows,
        chapterRows);
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

  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? fileName : fileName.substring(0, dot);
  }
}
