package dev.quire.download;

import java.text.Normalizer;

/**
 * A work's title as it stands in a download address ({@code The_Long_Road}) and as a file name
 * ({@code The Long Road}). The address part only looks nice: a download is found by its id.
 */
final class TitleSlug {

  private static final int MAX_LENGTH = 80;
  private static final String FALLBACK = "work";

  private TitleSlug() {}

  /**
   * The title's letters and digits, any other run of characters turned into one {@code _}, at
   * most 80 characters; {@code work} when nothing is left.
   */
  static String of(String title) {
    StringBuilder slug = new StringBuilder();
    String normalized = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
    normalized.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c)) {
        slug.appendCodePoint(c);
      } else if (!slug.isEmpty() && slug.charAt(slug.length() - 1) != '_') {
        slug.append('_');
      }
    });
    return finish(slug, '_');
  }

  /**
   * The title as a file name: characters that Windows, macOS or Linux refuse in names (and
   * control characters) become {@code _}; spaces are kept.
   */
  static String readable(String title) {
    StringBuilder name = new StringBuilder();
    String normalized = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
    normalized.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!name.isEmpty() && name.charAt(name.length() - 1) != ' ') {
          name.append(' ');
        }
      } else if (Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0) {
        name.append('_');
      } else {
        name.appendCodePoint(c);
      }
    });
    return finish(name, ' ');
  }

  private static String finish(StringBuilder text, char separator) {
    String trimmed = text.toString();
    if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
      trimmed = trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_LENGTH));
    }
    int start = 0;
    int end = trimmed.length();
    while (start < end && (trimmed.charAt(start) == separator || trimmed.charAt(start) == '.')) {
      start++;
    }
    while (end > start && (trimmed.charAt(end - 1) == separator || trimmed.charAt(end - 1) == '.')) {
      end--;
    }
    return start == end ? FALLBACK : trimmed.substring(start, end);
  }
}
