package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A position in the text of a MySQL dump, read from a stream through a window of {@value #WINDOW}
 * characters, with the lexical rules of MySQL: comments ({@code -- }, {@code #}, {@code /* *}{@code
 * /}, including the {@code /*!40101 ... *}{@code /} version comments mysqldump writes), quoted
 * strings with backslash escapes and doubled quotes, and backticked identifiers. Every method moves
 * forward only, so a whole dump is read in linear time and in memory bounded by the window and the
 * longest value ({@code maxValueChars}). The cursor knows its line and column, so every failure
 * names where it happened. Not thread-safe.
 */
final class SqlCursor {

  /** How many characters of the dump are held at once, besides the value being read. */
  static final int WINDOW = 64 * 1024;

  /** The longest value read by default: a chapter of 16 million characters. */
  static final int MAX_VALUE_CHARS = 16 * 1024 * 1024;

  /** A place in the dump, both numbers from 1. */
  record Place(long line, long column) {}

  private final Reader in;
  private final String source;
  private final int maxValueChars;
  private final boolean bytesAsText;
  private final char[] window = new char[WINDOW];
  private int pos;
  private int end;
  private boolean drained;
  private long line = 1;
  private long column = 1;

  /**
   * @param in the dump's text
   * @param source the dump's name, for messages
   * @param maxValueChars the longest quoted value read; a longer one fails naming where it opens
   * @param bytesAsText whether {@code in} gives the dump's bytes one for one as characters
   *     (ISO-8859-1), for a caller that decodes each value itself
   */
  SqlCursor(Reader in, String source, int maxValueChars, boolean bytesAsText) {
    this.in = in;
    this.source = source;
    this.maxValueChars = maxValueChars;
    this.bytesAsText = bytesAsText;
  }

  SqlCursor(String text, String source) {
    this(new StringReader(text), source, Integer.MAX_VALUE, false);
  }

  boolean bytesAsText() {
    return bytesAsText;
  }

  String source() {
    return source;
  }

  Place position() {
    return new Place(line, column);
  }

  /**
   * Whether at least {@code n} characters are in the window from the cursor, reading more when
   * fewer are; false only at the end of the dump.
   */
  private boolean has(int n) {
    if (end - pos >= n) {
      return true;
    }
    if (drained) {
      return false;
    }
    System.arraycopy(window, pos, window, 0, end - pos);
    end -= pos;
    pos = 0;
    try {
      while (end < n || end < WINDOW / 2) {
        int read = in.read(window, end, WINDOW - end);
        if (read < 0) {
          drained = true;
          break;
        }
        end += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return end - pos >= n;
  }

  boolean atEnd() {
    return !has(1);
  }

  /** The character at the cursor; only when not {@link #atEnd()}. */
  char peek() {
    has(1);
    return window[pos];
  }

  /** The character {@code ahead} places past the cursor, or 0 past the end. */
  private char peek(int ahead) {
    return has(ahead + 1) ? window[pos + ahead] : 0;
  }

  /** Moves past the character at the cursor and returns it; only when not {@link #atEnd()}. */
  char advance() {
    has(1);
    char c = window[pos++];
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return c;
  }

  boolean startsWith(String token) {
    if (!has(token.length())) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (window[pos + i] != token.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Moves past {@code c} when it is next. */
  boolean consume(char c) {
    if (!atEnd() && window[pos] == c) {
      advance();
      return true;
    }
    return false;
  }

  /** Moves past {@code token} when it is next. */
  boolean consume(String token) {
    if (startsWith(token)) {
      skip(token.length());
      return true;
    }
    return false;
  }

  private void skip(int n) {
    for (int i = 0; i < n; i++) {
      advance();
    }
  }

  /** Moves past the keyword when it is next as a whole word, ignoring case. */
  boolean consumeKeyword(String keyword) {
    int length = keyword.length();
    if (!has(length)) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (Character.toUpperCase(window[pos + i]) != Character.toUpperCase(keyword.charAt(i))) {
        return false;
      }
    }
    if (has(length + 1) && isWordChar(window[pos + length])) {
      return false;
    }
    skip(length);
    return true;
  }

  /**
   * Moves to the start of the next line that begins a statement a dump writes at a line's start
   * ({@code INSERT}, {@code CREATE}, {@code LOCK}, ...) or a comment, or to the end: where reading
   * can go on after a malformed statement.
   */
  void skipToNextStatementLine() {
    while (!atEnd()) {
      skipToEndOfLine();
      for (String start : List.of("INSERT", "REPLACE", "CREATE", "DROP", "LOCK", "UNLOCK", "SET",
          "ALTER", "--", "/*")) {
        if (startsWithIgnoringCase(start)) {
          return;
        }
      }
    }
  }

  private boolean startsWithIgnoringCase(String token) {
    if (!has(token.length())) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (Character.toUpperCase(window[pos + i]) != token.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Skips whitespace and comments. */
  void skipSpace() throws UnreadableFileException {
    while (!atEnd()) {
      char c = window[pos];
      if (Character.isWhitespace(c)) {
        advance();
      } else if (c == '#' || startsLineComment()) {
        skipToEndOfLine();
      } else if (startsWith("/*")) {
        Place start = position();
        skip(2);
        while (!consume("*/")) {
          if (atEnd()) {
            throw error(start, "a comment opened here is never closed");
          }
          advance();
        }
      } else {
        return;
      }
    }
  }

  // MySQL needs whitespace (or the end) after "--" to start a comment, so "1--2" stays arithmetic.
  private boolean startsLineComment() {
    if (!startsWith("--")) {
      return false;
    }
    char after = peek(2);
    return after == 0 || Character.isWhitespace(after);
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
        advance();
      }
    }
  }

  /**
   * Moves to the start of the next line and returns the rest of the current one, of which only
   * the first {@value #WINDOW} characters are kept.
   */
  String skipToEndOfLine() {
    StringBuilder rest = new StringBuilder();
    while (!atEnd()) {
      char c = advance();
      if (c == '\n') {
        break;
      }
      if (rest.length() < WINDOW) {
        rest.append(c);
      }
    }
    return rest.toString();
  }

  /**
   * Reads a string quoted with {@code quote} (' or "), the cursor on the opening quote: {@code \'
   * \" \\ \n \r \t \0 \b \Z} are unescaped, {@code \%} and {@code \_} keep their backslash as MySQL
   * does, any other escaped character stands for itself, and a doubled quote is one quote.
   *
   * @throws UnreadableFileException when the string never closes or is longer than the cursor's
   *     longest value
   */
  String quoted(char quote) throws UnreadableFileException {
    Place start = position();
    advance();
    StringBuilder value = new StringBuilder();
    while (has(1)) {
      if (value.length() >= maxValueChars) {
        throw error(start, "a value opened here is longer than " + maxValueChars
            + " characters, the longest Quire reads (a quote that is never closed reads that far too)");
      }
      char c = advance();
      if (c == '\\' && has(1)) {
        appendEscaped(value, advance());
      } else if (c == quote) {
        if (has(1) && window[pos] == quote) {
          value.append(quote);
          advance();
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
      Place start = position();
      advance();
      StringBuilder name = new StringBuilder();
      while (has(1)) {
        char c = advance();
        if (c != '`') {
          name.append(c);
        } else if (has(1) && window[pos] == '`') {
          name.append('`');
          advance();
        } else {
          return name.toString();
        }
        if (name.length() > WINDOW) {
          break;
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
    StringBuilder word = new StringBuilder();
    while (has(1) && (isWordChar(window[pos]) || "+-.".indexOf(window[pos]) >= 0)
        && word.length() < WINDOW) {
      word.append(advance());
    }
    return word.toString();
  }

  private String word() {
    StringBuilder word = new StringBuilder();
    while (has(1) && isWordChar(window[pos]) && word.length() < WINDOW) {
      word.append(advance());
    }
    return word.toString();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  /** A failure naming the file, and the line and column of {@code place}. */
  UnreadableFileException error(Place place, String reason) {
    return new UnreadableFileException(
        source + " line " + place.line() + ", column " + place.column() + ": " + reason);
  }

  /** A short quote of the text at the cursor, for messages. */
  String excerpt() {
    if (atEnd()) {
      return "the end of the file";
    }
    has(20);
    String next = new String(window, pos, Math.min(20, end - pos)).replace('\n', ' ');
    return "'" + next + "'";
  }
}
