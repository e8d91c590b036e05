package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads saved web pages for the formats that take prose out of a site's markup: the page as a
 * document with nothing that runs, and the HTML of the parts that hold the story.
 */
final class PageMarkup {

  // Whatever runs, embeds or styles is never story text; the publisher sanitizes again, but a
  // parser should not hand on what it knows is not content. Links and metas stay: a page's
  // canonical address is in them.
  private static final String NOT_CONTENT =
      "script, style, noscript, iframe, object, embed, template";

  private PageMarkup() {}

  /** The page decoded as {@link HtmlInput} does, without scripts and styles. */
  static Document document(byte[] bytes) throws UnreadableFileException {
    Document page = HtmlInput.parse(bytes);
    page.select(NOT_CONTENT).remove();
    page.outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    return page;
  }

  /** The HTML inside {@code element}, or {@code null} when the element is missing or blank. */
  static String inner(Element element) {
    if (element == null || isBlank(element)) {
      return null;
    }
    return element.html().strip();
  }

  /** The HTML inside each of {@code elements} in turn, or {@code null} when they hold nothing. */
  static String inner(Collection<Element> elements) {
    StringBuilder html = new StringBuilder();
    for (Element element : elements) {
      String inner = inner(element);
      if (inner != null) {
        html.append(inner);
      }
    }
    return html.isEmpty() ? null : html.toString();
  }

  /** The HTML of {@code elements} one after another, or {@code null} when they hold nothing. */
  static String outer(Collection<Element> elements) {
    StringBuilder html = new StringBuilder();
    for (Element element : elements) {
      if (!isBlank(element)) {
        html.append(element.outerHtml());
      }
    }
    return html.isEmpty() ? null : html.toString();
  }

  /** The fragments that are not {@code null} one after another, or {@code null} when none is. */
  static String join(String... fragments) {
    StringBuilder html = new StringBuilder();
    for (String fragment : fragments) {
      if (fragment != null) {
        html.append(fragment);
      }
    }
    return html.isEmpty() ? null : html.toString();
  }

  /**
   * The first child of {@code parent} that shows something, after removing the blank nodes
   * (white space, empty paragraphs, rules, line breaks) before it; {@code null} when none does.
   */
  static Node firstShown(Element parent) {
    while (parent.childNodeSize() > 0) {
      Node node = parent.childNode(0);
      if (!isBlank(node)) {
        return node;
      }
      node.remove();
    }
    return null;
  }

  /** Whether {@code node} shows nothing: white space, or an element without text or picture. */
  static boolean isBlank(Node node) {
    return switch (node) {
      case TextNode text -> text.isBlank();
      case Element element -> isBlank(element);
      default -> true;
    };
  }

  /** Whether {@code element} shows nothing: no text and no picture. */
  static boolean isBlank(Element element) {
    return !element.hasText() && element.selectFirst("img") == null;
  }

  /**
   * Whether {@code bytes} hold every one of {@code marks} (lower case ASCII), ignoring case. Scans
   * the bytes in place: formats ask this of every file, whole books among them.
   */
  static boolean mentions(byte[] bytes, String... marks) {
    for (String mark : marks) {
      if (!contains(bytes, mark.getBytes(StandardCharsets.US_ASCII))) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] bytes, byte[] mark) {
    outer:
    for (int i = 0; i + mark.length <= bytes.length; i++) {
      for (int j = 0; j < mark.length; j++) {
        byte b = bytes[i + j];
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
        }
        if (b != mark[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
