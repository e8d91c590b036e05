package dev.quire.posting;

import dev.quire.ingest.HtmlSanitizer;
import dev.quire.posting.ChapterText.Markup;
import org.jsoup.nodes.Entities;

/**
 * A creator's text as the archive stores it: HTML cleaned by the allowlist imports pass through,
 * or plain text made into paragraphs the way AO3's plain-text editor does (a blank line starts a
 * paragraph, a single line break stays a {@code <br>}). Not the import's reading of plain-text
 * files, which guesses verse and hard wrapping: a person typing into a form means their breaks.
 */
final class StoredText {

  private StoredText() {}

  /** {@code text} as stored HTML; blank becomes {@code null}. */
  static String of(String text, Markup markup) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return HtmlSanitizer.clean(markup == Markup.PLAIN ? paragraphs(text) : text);
  }

  static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n\\s*\n")) {
      html.append("<p>")
          .append(String.join("<br>", paragraph.strip().lines().map(String::strip)
              .map(Entities::escape).toList()))
          .append("</p>");
    }
    return html.toString();
  }
}
