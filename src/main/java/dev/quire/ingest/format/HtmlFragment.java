package dev.quire.ingest.format;

import dev.quire.ingest.format.Paragraph.Prose;
import dev.quire.ingest.format.Paragraph.Verse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes paragraphs as an HTML fragment. Text goes in only as jsoup text nodes, so whatever markup
 * a file contains comes out escaped, never as elements.
 */
final class HtmlFragment {

  private HtmlFragment() {}

  /** Prose as {@code <p>}, verse as {@code <blockquote class="verse"><p>line<br>line</p>}. */
  static String of(List<Paragraph> paragraphs) {
    Element body = emptyBody();
    for (Paragraph paragraph : paragraphs) {
      switch (paragraph) {
        case Prose(String text) -> body.appendElement("p").appendText(text);
        case Verse(List<String> lines) -> appendVerse(body, lines);
      }
    }
    return body.html();
  }

  /** One {@code <p>} per text, or {@code null} when there are none, as notes are optional. */
  static String ofTexts(List<String> texts) {
    if (texts.isEmpty()) {
      return null;
    }
    return of(texts.stream().<Paragraph>map(Prose::new).toList());
  }

  private static void appendVerse(Element body, List<String> lines) {
    Element stanza = body.appendElement("blockquote").addClass("verse").appendElement("p");
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        stanza.appendElement("br");
      }
      stanza.appendText(lines.get(i));
    }
  }

  private static Element emptyBody() {
    Document document = Document.createShell("");
    document
        .outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    return document.body();
  }
}
