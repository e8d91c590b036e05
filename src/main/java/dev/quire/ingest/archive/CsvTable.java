package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one table exported as CSV (RFC 4180): the first record names the columns; fields are
 * separated by commas; a field in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""} is one quote). An unquoted {@code \N} or {@code NULL} is SQL's NULL, as MySQL's
 * {@code SELECT ... INTO OUTFILE} and phpMyAdmin write it; quoted, it is text. Blank lines between
 * records are skipped. Line endings must already be {@code \n}.
 *
 * <p>One forward pass, no recursion: {@link #stream} hands on each record as it is read, so memory
 * holds one record, whatever the file's size; a field longer than {@link
 * SqlCursor#MAX_VALUE_CHARS} characters (a quote that never closes, in a large file) fails naming
 * where it opens. A record with more or fewer fields than the header, a quote that never closes,
 * or text between a closing quote and the next comma fails naming the line. Stateless.
 */
final class CsvTable {

  /** Receives each record after the header as it is read. */
  @FunctionalInterface
  interface RowSink {
    /** @param values one value per column, in column order; {@code null} is NULL */
    void row(ArchiveTable table, String[] values) throws UnreadableFileException;
  }

  private CsvTable() {}

  /**
   * @param text the file's text, with {@code \n} line endings
   * @param source the file's name, for messages
   * @param table the table's name
   * @throws UnreadableFileException when the file breaks the rules above
   */
  static ArchiveTable read(String text, String source, String table)
      throws UnreadableFileException {
    return stream(new StringReader(text), source, table, ArchiveTable::add);
  }

  /**
   * Reads the file to its end, handing each record to {@code sink}; the rows are not kept.
   *
   * @param in the file's text, with {@code \n} line endings
   * @return the table: its name and columns, without rows
   * @throws UnreadableFileException when the file breaks the rules above; the records before were
   *     handed on
   * @throws UncheckedIOException when {@code in} cannot be read
   */
  static ArchiveTable stream(Reader in, String source, String table, RowSink sink)
      throws UnreadableFileException {
    Records records = new Records(in, source);
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
      sink.row(result, record.toArray(String[]::new));
    }
    return result;
  }

  /** Splits the text into records of fields, reading through a buffer. */
  private static final class Records {
    private static final int END = -1;
    private final Reader in;
    private final String source;
    private final char[] buffer = new char[16 * 1024];
    private int pos;
    private int end;
    private long line = 1;
    private long recordLine;

    Records(Reader in, String source) {
      this.in = in;
      this.source = source;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }

    private int peek() {
      if (pos == end) {
        try {
          int read;
          do {
            read = in.read(buffer);
          } while (read == 0);
          if (read < 0) {
            return END;
          }
          pos = 0;
          end = read;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return buffer[pos];
    }

    /** The next record, or {@code null} at the end. */
    List<String> next() throws UnreadableFileException {
      while (peek() == '\n') {
        pos++;
        line++;
      }
      if (peek() == END) {
        return null;
      }
      recordLine = line;
      List<String> fields = new ArrayList<>();
      while (true) {
        fields.add(peek() == '"' ? quoted() : unquoted());
        int separator = peek();
        if (separator == END) {
          return fields;
        }
        pos++;
        if (separator == '\n') {
          line++;
          return fields;
        }
      }
    }

    private String unquoted() throws UnreadableFileException {
      StringBuilder field = new StringBuilder();
      for (int c = peek(); c != END && c != ',' && c != '\n'; c = peek()) {
        field.append((char) c);
        pos++;
        tooLong(field, line);
      }
      String value = field.toString();
      return value.equals("\\N") || value.equals("NULL") ? null : value;
    }

    private String quoted() throws UnreadableFileException {
      long openLine = line;
      pos++;
      StringBuilder field = new StringBuilder();
      for (int c = peek(); c != END; c = peek()) {
        pos++;
        if (c != '"') {
          line += c == '\n' ? 1 : 0;
          field.append((char) c);
          tooLong(field, openLine);
        } else if (peek() == '"') {
          field.append('"');
          pos++;
        } else {
          int after = peek();
          if (after != END && after != ',' && after != '\n') {
            throw new UnreadableFileException(source + " line " + line + ": a quoted field is "
                + "followed by '" + (char) after + "' instead of a comma or a line break");
          }
          return field.toString();
        }
      }
      throw new UnreadableFileException(
          source + " line " + openLine + ": a quoted field opened here is never closed");
    }

    private void tooLong(StringBuilder field, long openLine) throws UnreadableFileException {
      if (field.length() > SqlCursor.MAX_VALUE_CHARS) {
        throw new UnreadableFileException(source + " line " + openLine + ": a field opened here runs "
            + "past " + SqlCursor.MAX_VALUE_CHARS / (1024 * 1024) + " million characters (a quote "
            + "that never closes?)");
      }
    }
  }
}
