package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;

/**
 * A position in the text of a MySQL dump, with the lexical rules of MySQL: comments ({@code -- },
 * {@code #}, {@code /* *}{@code /}, including the {@code /*!40101 ... *}{@code /} version
 * comments mysqldump writes), quoted strings with backslash escapes and doubled quotes, and
 * backticked identifiers. Every method moves forward only, so a whole dump is read in linear time.
 * Not thread-safe.
 */
final class SqlCursor {

  private final String text;
  private final String source;
  private int pos;

  SqlCursor(String text, String source) {
    this.text = text;
    this.source = source;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  /** The character at the cursor; only when not {@link #atEnd()}. */
  char peek() {
    return text.charAt(pos);
  }

  void advance() {
    pos++;
  }

  boolean startsWith(String token) {
    return text.startsWith(token, pos);
  }

  /** Moves past {@code c} when it is next. */
  boolean consume(char c) {
    if (!atEnd() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** Moves past {@code token} when it is next. */
  boolean consume(String token) {
    if (startsWith(token)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  /** Moves past the keyword when it is next as a whole word, ignoring case. */
  boolean consumeKeyword(String keyword) {
    int end = pos + keyword.length();
    if (text.regionMatches(true, pos, keyword, 0, keyword.length())
        && (end >= text.length() || !isWordChar(text.charAt(end)))) {
      pos = end;
      return true;
    }
    return false;
  }

  /** Skips whitespace and comments. */
  void skipSpace() throws UnreadableFileException {
    while (!atEnd()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#' || startsLineComment()) {
        skipToEndOfLine();
      } else if (startsWith("/*")) {
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error(pos, "a comment opened here is never closed");
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  // MySQL needs whitespace (or the end) after "--" to start a comment, so "1--2" stays arithmetic.
  private boolean startsLineComment() {
    return startsWith("--")
        && (pos + 2 >= text.length() || Character.isWhitespace(text.charAt(pos + 2)));
  }

  /** Moves past the next {@code delimiter} outside strings, names and comments, or to the end. */
  void skipPast(String delimiter) throws UnreadableFileException {
    while (true) {
      skipSpace();
      if (atEnd() || consume(delimiter)) {
        return;
      }
      char c = peek();
      if (c == '\'' || c == '"') {
        quoted(c);
      } else if (c == '`') {
        identifier();
      } else {
        pos++;
      }
    }
  }

  /** Moves to the start of the next line and returns the rest of the current one. */
  String skipToEndOfLine() {
    int end = text.indexOf('\n', pos);
    end = end < 0 ? text.length() : end;
    String rest = text.substring(pos, end);
    pos = Math.min(end + 1, text.length());
    return rest;
  }

  /**
   * Reads a string quoted with {@code quote} (' or "), the cursor on the opening quote: {@code \'
   * \" \\ \n \r \t \0 \b \Z} are unescaped, {@code \%} and {@code \_} keep their backslash as MySQL
   * does, any other escaped character stands for itself, and a doubled quote is one quote.
   */
  String quoted(char quote) throws UnreadableFileException {
    int start = pos;
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        appendEscaped(value, text.charAt(pos++));
      } else if (c == quote) {
        if (pos < text.length() && text.charAt(pos) == quote) {
          value.append(quote);
          pos++;
        } else {
          return value.toString();
        }
      } else {
        value.append(c);
      }
    }
    throw error(start, "a string opened here is never closed (unterminated quote)");
  }

  private static void appendEscaped(StringBuilder value, char escaped) {
    switch (escaped) {
      case 'n' -> value.append('\n');
      case 'r' -> value.append('\r');
      case 't' -> value.append('\t');
      case '0' -> value.append('\0');
      case 'b' -> value.append('\b');
      case 'Z' -> value.append('\u001A');
      case '%', '_' -> value.append('\\').append(escaped);
      default -> value.append(escaped);
    }
  }

  /** Reads a backticked or bare identifier; {@code null} when none is next. */
  String identifier() throws UnreadableFileException {
    if (atEnd()) {
      return null;
    }
    if (peek() == '`') {
      int start = pos;
      pos++;
      StringBuilder name = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c != '`') {
          name.append(c);
        } else if (pos < text.length() && text.charAt(pos) == '`') {
          name.append('`');
          pos++;
        } else {
          return name.toString();
        }
      }
      throw error(start, "a `quoted name` opened here is never closed");
    }
    String word = word();
    return word.isEmpty() ? null : word;
  }

  /** Reads {@code name} or {@code schema.name} and returns the last part. */
  String qualifiedName() throws UnreadableFileException {
    String name = identifier();
    while (name != null && consume('.')) {
      name = identifier();
    }
    return name;
  }

  /** Reads a run of letters, digits, {@code _}, {@code $}, {@code .}, {@code +} and {@code -}. */
  String bareWord() {
    int start = pos;
    while (pos < text.length() && (isWordChar(text.charAt(pos)) || "+-.".indexOf(peek()) >= 0)) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private String word() {
    int start = pos;
    while (pos < text.length() && isWordChar(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** A failure naming the file, and the line and column (both from 1) of {@code offset}. */
  UnreadableFileException error(int offset, String reason) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new UnreadableFileException(
        source + " line " + line + ", column " + (end - lineStart + 1) + ": " + reason);
  }

  /** A short quote of the text at the cursor, for messages. */
  String excerpt() {
    if (atEnd()) {
      return "the end of the file";
    }
    String next = text.substring(pos, Math.min(text.length(), pos + 20)).replace('\n', ' ');
    return "'" + next + "'";
  }
}
