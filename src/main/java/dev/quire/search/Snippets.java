package dev.quire.search;

/**
 * Shortens a highlighted passage to the words around its first match. The highlighter returns
 * whole sentences, and a sentence of old prose can run to pages.
 */
final class Snippets {

  static final int LENGTH = 240;

  private Snippets() {}

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
