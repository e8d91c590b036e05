package dev.quire.ingest.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one table of an archive, read from a CSV file or a dump. Values are strings as the
 * file wrote them; {@code null} is SQL's NULL.
 *
 * <p>Columns are looked up by name ignoring case and underscores, because the two generations of
 * Open Doors tables spell the same column {@code authorId} and {@code author_id}, {@code StoryID}
 * and {@code story_id}. Not thread-safe while rows are being added.
 */
final class ArchiveTable {

  private final String name;
  private final String source;
  private final List<String> columns;
  private final Map<String, Integer> indexByKey = new HashMap<>();
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param name the table's name as the file gives it
   * @param source the file the table was read from, for messages
   * @param columns the column names in order
   */
  ArchiveTable(String name, String source, List<String> columns) {
    this.name = name;
    this.source = source;
    this.columns = List.copyOf(columns);
    for (int i = 0; i < columns.size(); i++) {
      indexByKey.putIfAbsent(key(columns.get(i)), i);
    }
  }

  String name() {
    return name;
  }

  String source() {
    return source;
  }

  List<String> columns() {
    return columns;
  }

  /** The position of the column, or -1 when the table has no such column. */
  int indexOf(String column) {
    return indexByKey.getOrDefault(key(column), -1);
  }

  /** Whether the table has at least one of the columns. */
  boolean hasAny(String... aliases) {
    for (String alias : aliases) {
      if (indexOf(alias) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Adds a row holding one value per column, in column order. */
  void add(String[] values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values for " + columns.size() + " columns");
    }
    rows.add(values);
  }

  int size() {
    return rows.size();
  }

  List<Row> rows() {
    List<Row> result = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      result.add(new Row(this, i + 1, rows.get(i)));
    }
    return result;
  }

  private static String key(String column) {
    return column.replace("_", "").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * One row of a table.
   *
   * @param number the row's 1-based number within its table, for messages
   */
  record Row(ArchiveTable table, int number, String[] values) {

    /** The value of the first of the columns the table has, or {@code null} when it has none. */
    String get(String... aliases) {
      for (String alias : aliases) {
        int index = table.indexOf(alias);
        if (index >= 0) {
          return values[index];
        }
      }
      return null;
    }

    /** The value as a whole number, or {@code null} when it is absent, blank or not a number. */
    Long id(String... aliases) {
      String value = get(aliases);
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** Whether the value reads as yes: {@code 1}, {@code y}, {@code yes} or {@code true}. */
    boolean flag(String... aliases) {
      String value = get(aliases);
      if (value == null) {
        return false;
      }
      String v = value.strip().toLowerCase(Locale.ROOT);
      return v.equals("1") || v.equals("y") || v.equals("yes") || v.equals("true");
    }
  }
}
