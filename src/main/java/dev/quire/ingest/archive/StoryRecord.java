package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import java.util.List;

/**
 * The rows an archive holds for one story — its {@code stories} row, its chapters, its authors and
 * its tags — written as one JSON document, column by column, exactly as the archive gave them.
 *
 * <p>This is what Quire keeps as the original of a story that came from an archive: the same rows
 * always give the same bytes, so importing an archive again finds the stories it already holds.
 */
final class StoryRecord {

  private StoryRecord() {}

  static String of(Row story, List<Row> chapters, List<Row> authors, List<Row> tags) {
    StringBuilder json = new StringBuilder(1024).append("{\"story\":");
    row(json, story);
    array(json.append(",\"chapters\":"), chapters);
    array(json.append(",\"authors\":"), authors);
    array(json.append(",\"tags\":"), tags);
    return json.append("}\n").toString();
  }

  private static void array(StringBuilder json, List<Row> rows) {
    json.append('[');
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      row(json, rows.get(i));
    }
    json.append(']');
  }

  private static void row(StringBuilder json, Row row) {
    List<String> columns = row.table().columns();
    json.append('{');
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      string(json, columns.get(i));
      json.append(':');
      String value = row.values()[i];
      if (value == null) {
        json.append("null");
      } else {
        string(json, value);
      }
    }
    json.append('}');
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
