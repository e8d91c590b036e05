package dev.quire.search;

import java.util.regex.Pattern;

/**
 * Makes a highlighted passage what a reader is shown: a matched phrase marked as one, and the
 * words around its first match. The highlighter returns whole sentences, and a sentence of old
 * prose can run to pages.
 */
final class Snippets {

  static final int LENGTH = 240;

  /** The end of a mark and the start of the next with only spaces or line breaks between. */
  private static final Pattern ADJACENT_MARKS = Pattern.compile("</mark>(\\s+)<mark>");

  private Snippets() {}

  /**
   * The passage a reader is shown of {@code highlighted} (HTML-escaped text with matches in
   * {@code <mark>}): words marked one after another become one mark, then the passage is cut
   * {@link #around} its first match. Lucene marks a matched phrase as one, OpenSearch each of its
   * words; joined, "{@code <mark>hot chocolate</mark>}" reads the same on both deployments.
   */
  static String of(String highlighted) {
    return around(ADJACENT_MARKS.matcher(highlighted).replaceAll("$1"));
  }

  /**
   * The part of {@code passage} (HTML-escaped text with matches in {@code <mark>}) within about
   * {@link #LENGTH} characters around its first match, cut only at spaces, which never fall inside
   * an escaped character or a tag.
   */
  static String around(String passage) {
    String text = passage.strip();
    if (text.length() <= LENGTH) {
      return text;
    }
    int match = Math.max(0, text.indexOf("<mark>"));
    int start = text.lastIndexOf(' ', Math.max(0, match - LENGTH / 3));
    start = start < 0 ? 0 : start + 1;
    int end = text.indexOf(' ', Math.min(text.length(), start + LENGTH));
    end = end < 0 ? text.length() : end;
    String cut = text.substring(start, end);
    // A match cut in two would leave a <mark> open.
    if (cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>")) {
      cut = cut + "</mark>";
    }
    return cut;
  }
}
