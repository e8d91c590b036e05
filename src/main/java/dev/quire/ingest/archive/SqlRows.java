package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the row list of an INSERT, {@code (v, v), (v, v)}, up to and including the statement's
 * delimiter. The value rules are those listed on {@link SqlDumpReader}. Not thread-safe.
 */
final class SqlRows {

  private static final Pattern HEX_NUMBER = Pattern.compile("0[xX][0-9a-fA-F]*");

  /** Receives each row as it is read. */
  @FunctionalInterface
  interface Sink {
    /**
     * @param offset where the row's opening parenthesis is, for messages
     * @param values the row's values; {@code null} for NULL
     */
    void row(SqlCursor.Place offset, List<String> values) throws UnreadableFileException;
  }

  private final SqlCursor cursor;
  private final String delimiter;

  SqlRows(SqlCursor cursor, String delimiter) {
    this.cursor = cursor;
    this.delimiter = delimiter;
  }

  void read(Sink sink) throws UnreadableFileException {
    while (true) {
      cursor.skipSpace();
      SqlCursor.Place open = cursor.position();
      if (!cursor.consume('(')) {
        throw cursor.error(open, "expected '(' to open a row of values, found " + cursor.excerpt());
      }
      sink.row(open, values(open));
      cursor.skipSpace();
      if (cursor.consume(',')) {
        continue;
      }
      if (cursor.atEnd() || cursor.consume(delimiter)) {
        return;
      }
      if (cursor.consumeKeyword("ON")) {
        cursor.skipPast(delimiter); // ON DUPLICATE KEY UPDATE changes no row we read
        return;
      }
      String reason = cursor.peek() == ')' ? "an extra ')' (unbalanced parentheses)"
          : "expected ',' or '" + delimiter + "' after a row, found " + cursor.excerpt();
      throw cursor.error(cursor.position(), reason);
    }
  }

  private List<String> values(SqlCursor.Place open) throws UnreadableFileException {
    List<String> values = new ArrayList<>();
    while (true) {
      cursor.skipSpace();
      if (cursor.atEnd() || cursor.startsWith(delimiter)) {
        throw unclosed(open);
      }
      values.add(value());
      cursor.skipSpace();
      if (cursor.consume(',')) {
        continue;
      }
      if (cursor.consume(')')) {
        return values;
      }
      if (cursor.atEnd() || cursor.startsWith(delimiter)) {
        throw unclosed(open);
      }
      throw cursor.error(cursor.position(),
          "expected ',' or ')' after a value, found " + cursor.excerpt());
    }
  }

  private UnreadableFileException unclosed(SqlCursor.Place open) {
    return cursor.error(open, "the row opened here is never closed (unbalanced parentheses)");
  }

  private String value() throws UnreadableFileException {
    SqlCursor.Place start = cursor.position();
    char c = cursor.peek();
    if (c == '\'' || c == '"') {
      return cursor.quoted(c);
    }
    String word = cursor.bareWord();
    if (word.isEmpty()) {
      throw cursor.error(start, "expected a value, found " + cursor.excerpt());
    }
    if (word.equalsIgnoreCase("NULL")) {
      return null;
    }
    if (HEX_NUMBER.matcher(word).matches()) {
      return hexText(start, word.substring(2));
    }
    if (word.startsWith("_")) {
      cursor.skipSpace(); // a charset introducer: _utf8mb4'text', _binary 'text', _binary 0x00
      if (!cursor.atEnd() && cursor.peek() == '0') {
        String hex = cursor.bareWord();
        if (HEX_NUMBER.matcher(hex).matches()) {
          return hexText(start, hex.substring(2));
        }
        throw cursor.error(start, "expected a string after " + word + ", found " + hex);
      }
    }
    if (!cursor.atEnd() && cursor.peek() == '\'' && isStringPrefix(word)) {
      String quoted = cursor.quoted('\'');
      return word.equalsIgnoreCase("x") ? hexText(start, quoted) : quoted;
    }
    if (!cursor.atEnd() && cursor.peek() == '(') {
      throw cursor.error(start, "the value " + word + "(...) is an expression; a dump holds "
          + "only literal values");
    }
    return word;
  }

  // X'..' is hex, N'..' a national string, B'..' bits, _charset'..' an introduced string.
  private static boolean isStringPrefix(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("x") || w.equals("n") || w.equals("b") || w.startsWith("_");
  }

  private String hexText(SqlCursor.Place start, String digits) throws UnreadableFileException {
    try {
      byte[] bytes = HexFormat.of().parseHex(digits);
      // A dump read byte for byte (see SqlCursor#bytesAsText) keeps a hex value's bytes the same way.
      return new String(bytes, cursor.bytesAsText() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw cursor.error(start, "a hex value needs an even number of hex digits");
    }
  }
}
