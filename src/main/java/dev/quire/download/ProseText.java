package dev.quire.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Stored HTML as plain text, paragraph by paragraph: a block (paragraph, division, heading, list
 * item, table row) is a paragraph, a {@code <br>} a line break inside one, a rule a scene break
 * ({@code * * *}); white space collapses as a browser shows it, except in {@code <pre>}. Lines are
 * never wrapped. Stateless.
 */
final class ProseText {

  static final String SCENE_BREAK = "* * *";
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");
  private static final Set<String> BLOCKS = Set.of(
      "address", "blockquote", "center", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "ol", "p", "pre", "section", "table", "tr", "ul", "caption");

  private ProseText() {}

  /** The paragraphs of {@code html}, none blank; empty for {@code null}. */
  static List<String> paragraphs(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    Reader reader = new Reader();
    NodeTraversor.traverse(reader, Jsoup.parseBodyFragment(html).body());
    reader.endParagraph();
    return reader.paragraphs;
  }

  /** The text of {@code html}, paragraphs separated by a blank line; empty for {@code null}. */
  static String of(String html) {
    return String.join("\n\n", paragraphs(html));
  }

  /** Walks the HTML once, without recursion, collecting paragraphs. */
  private static final class Reader implements NodeVisitor {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int preformatted;
    private String pendingMark;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
      } else if (node instanceof Element element) {
        switch (element.normalName()) {
          case "br" -> text.append('\n');
          case "hr" -> {
            endParagraph();
            paragraphs.add(SCENE_BREAK);
          }
          case "img" -> append(element.attr("alt"));
          case "td", "th" -> {
            if (element.elementSiblingIndex() > 0) {
              text.append(" | ");
            }
          }
          case "pre" -> {
            endParagraph();
            preformatted++;
          }
          case "li" -> {
            endParagraph();
            pendingMark = itemMark(element);
          }
          default -> {
            if (BLOCKS.contains(element.normalName())) {
              endParagraph();
            }
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        endParagraph();
        if (element.nameIs("pre")) {
          preformatted--;
        }
      }
    }

    private void append(String raw) {
      String clean = XmlText.clean(raw);
      if (pendingMark != null && !clean.isBlank()) {
        text.append(pendingMark);
        pendingMark = null;
      }
      if (preformatted > 0) {
        text.append(clean);
        return;
      }
      String collapsed = WHITE_SPACE.matcher(clean).replaceAll(" ");
      boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n'
          || text.charAt(text.length() - 1) == ' ';
      text.append(atLineStart ? collapsed.stripLeading() : collapsed);
    }

    private static String itemMark(Element item) {
      Element list = item.parent();
      if (list != null && list.nameIs("ol")) {
        int start = list.hasAttr("start") ? parseOr(list.attr("start"), 1) : 1;
        return (start + item.elementSiblingIndex()) + ". ";
      }
      return "- ";
    }

    private static int parseOr(String number, int otherwise) {
      try {
        return Integer.parseInt(number.strip());
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }

    void endParagraph() {
      String paragraph = preformatted > 0 ? text.toString().stripTrailing() : text.toString().strip();
      if (preformatted == 0) {
        paragraph = paragraph.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
      }
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph);
      }
      text.setLength(0);
    }
  }
}
