package dev.quire.ingest.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the one Perl statement an Automated Archive's {@code ARCHIVE_DB.pl} holds: a hash of
 * entries, each a story's id and a hash of its fields, such as
 *
 * <pre>
 * %FILES = (
 *   12 =&gt; {
 *     Title =&gt; 'A Title',
 *     Author =&gt; 'A. Writer',
 *   },
 * );
 * 1;
 * </pre>
 *
 * <p>Keys are numbers, barewords or quoted; values are single-quoted strings (only {@code \'} and
 * {@code \\} escaped, as Perl reads them), double-quoted strings, numbers, barewords, {@code undef}
 * or a list in brackets (read as its values joined by commas). {@code #} comments are skipped.
 *
 * <p>Only Perl data is read, never run. A file broken inside an entry loses that entry alone: the
 * entry is returned with the reason, and reading goes on at the next line that starts an entry
 * ({@code 13 => {}). The text's characters are taken as they are, so a caller that reads the file
 * byte for byte decodes each value itself. Stateless between calls; not thread-safe during one.
 */
final class PerlHashReader {

  /**
   * One entry of the hash.
   *
   * @param key the entry's key as written
   * @param line the line it starts on
   * @param fields its fields in file order ({@code null} for {@code undef}); partial when broken
   * @param broken why the entry could not be read to its end, or {@code null}
   */
  record Entry(String key, int line, Map<String, String> fields, String broken) {}

  /**
   * What the file held.
   *
   * @param entries the entries in file order
   * @param problems why part of the file outside any entry could not be read
   */
  record Read(List<Entry> entries, List<String> problems) {}

  private static final Pattern ENTRY_START = Pattern.compile(
      "(?m)^[ \\t]*['\"]?\\w+['\"]?[ \\t]*(=>|,)[ \\t]*\\{");

  private final String text;
  private final String shown;
  private int pos;
  private int countedTo;
  private int countedLines = 1;

  private PerlHashReader(String text, String shown) {
    this.text = text;
    this.shown = shown;
  }

  /**
   * @param text the file's text
   * @param shown the file's name in messages
   */
  static Read read(String text, String shown) {
    return new PerlHashReader(text, shown).read();
  }

  private Read read() {
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      opening();
    } catch (Broken e) {
      problems.add(shown + " " + e.getMessage() + "; it does not hold an Automated Archive's hash of"
          + " stories (%FILES = ( 1 => { Title => '...', ... }, ... );)");
      return new Read(entries, problems);
    }
    while (true) {
      skipSpace();
      if (pos >= text.length()) {
        problems.add(shown + " " + where(pos) + ": the file ends before the hash of stories is closed;"
            + " it may be cut off");
        break;
      }
      char c = text.charAt(pos);
      if (c == ')' || c == '}') {
        break;
      }
      int start = pos;
      String key = null;
      Map<String, String> fields = new LinkedHashMap<>();
      try {
        key = key();
        arrow(true);
        expect('{');
        while (true) {
          skipSpace();
          if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            break;
          }
          String field = key();
          arrow(false);
          fields.put(field, value());
          afterValue(field);
        }
        comma();
        entries.add(new Entry(key, line(start), fields, null));
      } catch (Broken e) {
        if (key == null) {
          problems.add(shown + " " + e.getMessage() + "; what follows up to the next story is passed over");
        } else {
          entries.add(new Entry(key, line(start), fields, shown + " " + e.getMessage()));
        }
        Matcher next = ENTRY_START.matcher(text);
        if (!next.find(Math.min(text.length(), Math.max(pos, start + 1)))) {
          if (e.atEnd) {
            break;
          }
          problems.add(shown + " " + where(pos) + ": nothing after this line could be read as a story");
          break;
        }
        pos = next.start();
      }
    }
    return new Read(entries, problems);
  }

  /** {@code %NAME = (}, {@code $NAME = {} or a bare {@code (}. */
  private void opening() throws Broken {
    skipSpace();
    if (pos < text.length() && (text.charAt(pos) == '%' || text.charAt(pos) == '$')) {
      pos++;
      word("a hash's name");
      skipSpace();
      expect('=');
    }
    skipSpace();
    if (pos < text.length() && (text.charAt(pos) == '(' || text.charAt(pos) == '{')) {
      pos++;
      return;
    }
    throw broken("expected the hash of stories to open with '('");
  }

  private String key() throws Broken {
    skipSpace();
    if (pos >= text.length()) {
      throw broken("expected a key");
    }
    char c = text.charAt(pos);
    if (c == '\'' || c == '"') {
      return quoted();
    }
    if (c == '-' && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1))) {
      pos++; // Perl's -Title => ... spells the key Title
    }
    return word("a key");
  }

  private String value() throws Broken {
    skipSpace();
    if (pos >= text.length()) {
      throw broken("expected a value");
    }
    char c = text.charAt(pos);
    if (c == '\'' || c == '"') {
      return quoted();
    }
    if (c == '[') {
      pos++;
      List<String> values = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ']') {
          pos++;
          return String.join(", ", values);
        }
        String value = value();
        if (value != null) {
          values.add(value);
        }
        comma();
      }
    }
    String word = word("a value");
    return word.equals("undef") ? null : word;
  }

  private String quoted() throws Broken {
    int start = pos;
    char quote = text.charAt(pos++);
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return value.toString();
      }
      if (c == '\\' && pos < text.length()) {
        char next = text.charAt(pos++);
        if (quote == '\'') {
          if (next != '\'' && next != '\\') {
            value.append('\\');
          }
          value.append(next);
        } else {
          value.append(switch (next) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> next;
          });
        }
      } else {
        value.append(c);
      }
    }
    pos = start;
    throw new Broken(where(start) + ": a value opened here is never closed (a quote is missing, or the"
        + " file is cut off)", true);
  }

  private String word(String what) throws Broken {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_.+-".indexOf(text.charAt(pos)) >= 0)) {
      pos++;
    }
    if (start == pos) {
      throw broken("expected " + what);
    }
    return text.substring(start, pos);
  }

  private void arrow(boolean commaAllowed) throws Broken {
    skipSpace();
    if (text.startsWith("=>", pos)) {
      pos += 2;
    } else if (commaAllowed && pos < text.length() && text.charAt(pos) == ',') {
      pos++;
    } else {
      throw broken("expected '=>'");
    }
  }

  private void expect(char c) throws Broken {
    skipSpace();
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw broken("expected '" + c + "'");
    }
    pos++;
  }

  /** A value ends its field: a comma or the entry's closing brace follows it. */
  private void afterValue(String field) throws Broken {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == ',') {
      pos++;
    } else if (pos >= text.length() || text.charAt(pos) != '}') {
      throw broken("expected ',' or '}' after the value of " + field);
    }
  }

  private void comma() {
    skipSpace();
    if (pos < text.length() && (text.charAt(pos) == ',' || text.charAt(pos) == ';')) {
      pos++;
    }
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (Character.isWhitespace(c) || c == '\uFEFF') {
        pos++;
      } else {
        return;
      }
    }
  }

  private Broken broken(String expected) {
    boolean atEnd = pos >= text.length();
    String found = atEnd ? "the file ends (it may be cut off)" : "found '" + snippet() + "'";
    return new Broken(where(pos) + ": " + expected + ", " + found, atEnd);
  }

  private String snippet() {
    int end = pos;
    while (end < text.length() && end - pos < 20 && text.charAt(end) != '\n') {
      end++;
    }
    return text.substring(pos, end);
  }

  private String where(int at) {
    int line = line(at);
    int lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(at, text.length()) - 1)) + 1;
    return "line " + line + ", column " + (Math.min(at, text.length()) - lineStart + 1);
  }

  /** The line of {@code at}, counted on from the last position asked, as positions mostly grow. */
  private int line(int at) {
    if (at < countedTo) {
      countedTo = 0;
      countedLines = 1;
    }
    for (; countedTo < at && countedTo < text.length(); countedTo++) {
      if (text.charAt(countedTo) == '\n') {
        countedLines++;
      }
    }
    return countedLines;
  }

  /** Where and why the file stops being Perl data this reader knows. */
  private static final class Broken extends Exception {
    final boolean atEnd;

    Broken(String message, boolean atEnd) {
      super(message, null, false, false);
      this.atEnd = atEnd;
    }
  }
}
