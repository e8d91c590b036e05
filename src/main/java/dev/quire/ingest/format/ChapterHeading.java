package dev.quire.ingest.format;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a line that starts a chapter: "Part 2", "Chapter 3", "Chapter One", "Chapter 12: The
 * Name", "Part II", "Prologue", "Epilogue". Case is ignored; numbers are digits, the words one to
 * twenty, or roman numerals. The whole line must be the heading, so prose that merely begins with
 * "Part of him" is never one.
 */
final class ChapterHeading {

  private static final String WORD_NUMBER =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
  private static final String ROMAN =
      "(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
  private static final String NUMBER = "(?:\\d{1,4}|" + WORD_NUMBER + "|" + ROMAN + ")";
  private static final String NAMED_SUFFIX = "(?:\\s*[:.\\-–—]\\s*.{0,80})?";
  private static final Pattern HEADING =
      Pattern.compile(
          "^(?:(?:(?:chapter|part)\\s+|ch\\.\\s*)"
              + NUMBER
              + "|prologue|epilogue)"
              + NAMED_SUFFIX
              + "$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ChapterHeading() {}

  /** The heading as written when {@code line} is one. */
  static Optional<String> parse(String line) {
    return HEADING.matcher(line).matches() ? Optional.of(line.strip()) : Optional.empty();
  }
}
