package dev.quire.ingest.format;

import java.util.List;

/**
 * Decides whether consecutive short lines are verse (a poem, a song lyric, an epigraph) whose line
 * breaks must be kept, or ordinary prose such as a run of short dialogue.
 *
 * <p>Short lines are verse when they read as verse: a line that ends open (with a comma, a dash, or
 * no punctuation at all) is followed by another short line, or the next line starts in lower case,
 * or the first line opens a quotation that only a later line closes. A line ending with a closing
 * quote mark never links on, so dialogue exchanges stay prose.
 */
final class VerseCues {

  /** Longer lines are prose even when broken by hand. */
  static final int MAX_VERSE_LINE = 70;

  // An epigraph quoted across more lines than this is not one quotation but unbalanced marks.
  private static final int MAX_QUOTED_LINES = 16;
  // Nobody wraps prose narrower than this, so narrower full lines are verse that happens to fit.
  private static final int MIN_WRAP_WIDTH = 40;
  // From this width on, lines are wrapped prose when most are nearly full (see isHardWrapped).
  private static final int PROSE_WRAP_WIDTH = 60;
  private static final int WRAP_SLACK = 8;
  private static final double FULL_SHARE = 0.75;
  // Two full lines are wrapped prose only at the widths editors and mail programs wrap at.
  private static final int TWO_LINE_WRAP_WIDTH = 55;
  private static final String QUOTES = "'\"‘’“”«»";
  private static final String OPEN_ENDINGS = ",;-–—";

  private VerseCues() {}

  /** Whether {@code line} could be a line of verse: short and holding at least one letter. */
  static boolean isShort(String line) {
    return line.codePointCount(0, line.length()) <= MAX_VERSE_LINE
        && line.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * The index of the last line of the verse that starts at {@code from}, or {@code from} itself
   * when the line there does not start verse. Every line of {@code lines} must be short.
   */
  static int verseEnd(List<String> lines, int from) {
    int linked = from;
    while (linked + 1 < lines.size() && linked(lines.get(linked), lines.get(linked + 1))) {
      linked++;
    }
    return Math.max(linked, quotationEnd(lines, from));
  }

  /**
   * Whether the lines of one paragraph were wrapped by an editor rather than broken by the author:
   * every line but the last is so full that the next line's first word would not have fitted.
   */
  static boolean isHardWrapped(List<String> lines) {
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    if (width < MIN_WRAP_WIDTH) {
      return false;
    }
    // At the widths prose is wrapped at, a line may fall a few characters short of the widest: the
    // wrapper counted two spaces after a full stop that reading folds into one, or a long word went
    // to the next line. Verse rarely runs this wide on every line.
    int slack = width >= PROSE_WRAP_WIDTH ? WRAP_SLACK : 0;
    int full = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String next = lines.get(i + 1);
      int firstWord = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
      if (lines.get(i).length() + 1 + firstWord > width - slack) {
        full++;
      }
    }
    int breaks = lines.size() - 1;
    boolean wrapped = slack == 0 ? full == breaks : full >= Math.ceil(breaks * FULL_SHARE);
    return wrapped && (lines.size() > 2 || width >= TWO_LINE_WRAP_WIDTH);
  }


  private static boolean linked(String line, String next) {
    return endsOpen(line) || startsInLowerCase(next);
  }

  private static boolean endsOpen(String line) {
    char last = line.charAt(line.length() - 1);
    return Character.isLetterOrDigit(last) || OPEN_ENDINGS.indexOf(last) >= 0;
  }

  private static boolean startsInLowerCase(String line) {
    return line.codePoints().filter(Character::isLetter).findFirst().stream()
        .anyMatch(Character::isLowerCase);
  }

  /**
   * The index of the line that closes a quotation opened at the start of line {@code from} and not
   * closed there, or {@code from} when there is none. A line in between that opens a quotation of
   * its own means the marks belong to dialogue paragraphs, not to one quoted passage.
   */
  private static int quotationEnd(List<String> lines, int from) {
    String first = lines.get(from);
    if (!isQuote(first.charAt(0)) || isQuote(first.charAt(first.length() - 1))) {
      return from;
    }
    int limit = Math.min(lines.size(), from + MAX_QUOTED_LINES);
    for (int i = from + 1; i < limit; i++) {
      String line = lines.get(i);
      if (isQuote(line.charAt(0))) {
        return from;
      }
      if (isQuote(line.charAt(line.length() - 1))) {
        return i;
      }
    }
    return from;
  }

  private static boolean isQuote(char c) {
    return QUOTES.indexOf(c) >= 0;
  }
}
