package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file (RFC 4180, read as the Open Doors tables are) as rows of values by column name: the
 * first record names the columns, looked up here in lower case. Stateless.
 */
public final class CsvRows {

  private CsvRows() {}

  /**
   * The rows of {@code text}, each a map from lower-case column name to value ({@code null} for
   * an unquoted {@code \N} or {@code NULL}), in the file's order.
   *
   * @throws UnreadableFileException naming the line, when the file breaks the rules of {@code CsvTable}
   */
  public static List<Map<String, String>> read(String text, String source) throws UnreadableFileException {
    ArchiveTable table = CsvTable.read(text.replace("\r\n", "\n").replace('\r', '\n'), source, source);
    return table.rows().stream().map(row -> {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < table.columns().size(); i++) {
        values.put(table.columns().get(i).toLowerCase(Locale.ROOT), row.values()[i]);
      }
      return values;
    }).toList();
  }
}
