package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one table exported as CSV (RFC 4180): the first record names the columns; fields are
 * separated by commas; a field in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""} is one quote). An unquoted {@code \N} or {@code NULL} is SQL's NULL, as MySQL's
 * {@code SELECT ... INTO OUTFILE} and phpMyAdmin write it; quoted, it is text. Blank lines between
 * records are skipped. Line endings must already be {@code \n}.
 *
 * <p>One pass over the text, no recursion. A record with more or fewer fields than the header,
 * a quote that never closes, or text between a closing quote and the next comma fails naming the
 * line. Stateless.
 */
final class CsvTable {

  private CsvTable() {}

  /**
   * @param text the file's text, with {@code \n} line endings
   * @param source the file's name, for messages
   * @param table the table's name
   * @throws UnreadableFileException when the file breaks the rules above
   */
  static ArchiveTable read(String text, String source, String table)
      throws UnreadableFileException {
    Records records = new Records(text, source);
    List<String> header = records.next();
    if (header == null) {
      throw new UnreadableFileException(source + ": the file has no header row naming columns");
    }
    List<String> columns = new ArrayList<>();
    for (String column : header) {
      columns.add(column == null ? "" : column.strip());
    }
    ArchiveTable result = new ArchiveTable(table, source, columns);
    for (List<String> record = records.next(); record != null; record = records.next()) {
      if (record.size() != columns.size()) {
        throw new UnreadableFileException(source + " line " + records.recordLine + ": the row has "
            + record.size() + " fields but the header names " + columns.size() + " columns");
      }
      result.add(record.toArray(String[]::new));
    }
    return result;
  }

  /** Splits the text into records of fields. */
  private static final class Records {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;
    private int recordLine;

    Records(String text, String source) {
      this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      this.source = source;
    }

    /** The next record, or {@code null} at the end. */
    List<String> next() throws UnreadableFileException {
      while (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
        line++;
      }
      if (pos >= text.length()) {
        return null;
      }
      recordLine = line;
      List<String> fields = new ArrayList<>();
      while (true) {
        fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted());
        if (pos >= text.length()) {
          return fields;
        }
        char separator = text.charAt(pos++);
        if (separator == '\n') {
          line++;
          return fields;
        }
      }
    }

    private String unquoted() {
      int start = pos;
      while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n') {
        pos++;
      }
      String field = text.substring(start, pos);
      return field.equals("\\N") || field.equals("NULL") ? null : field;
    }

    private String quoted() throws UnreadableFileException {
      int openLine = line;
      pos++;
      StringBuilder field = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c != '"') {
          line += c == '\n' ? 1 : 0;
          field.append(c);
        } else if (pos < text.length() && text.charAt(pos) == '"') {
          field.append('"');
          pos++;
        } else {
          if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n') {
            throw new UnreadableFileException(source + " line " + line + ": a quoted field is "
                + "followed by '" + text.charAt(pos) + "' instead of a comma or a line break");
          }
          return field.toString();
        }
      }
      throw new UnreadableFileException(
          source + " line " + openLine + ": a quoted field opened here is never closed");
    }
  }
}
