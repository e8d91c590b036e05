package dev.quire.download;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The archive's stored story HTML made valid for EPUB 3's XHTML and for HTML5 alike. Stored HTML
 * is safe (see the importer's sanitizer) but keeps what old archives wrote: {@code <center>},
 * {@code align=}, {@code <span>} around paragraphs, list items outside lists. Obsolete elements
 * become their modern equals with the old name as a class, attributes outside HTML5 are dropped
 * (alignment becomes a class), blocks inside phrasing elements turn those into divisions, an
 * image becomes a link to it (a download embeds no remote resource), and links keep only
 * absolute web or mail addresses. Stateless.
 */
final class ProseMarkup {

  private static final Set<String> ALLOWED = Set.of(
      "a", "abbr", "address", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
      "dd", "del", "dfn", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
      "ins", "kbd", "li", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub",
      "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var");
  private static final Map<String, String> RENAMED = Map.of(
      "center", "div", "big", "span", "tt", "span", "font", "span", "strike", "s",
      "acronym", "abbr", "nobr", "span", "blink", "span");
  private static final Set<String> DROPPED = Set.of(
      "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "form",
      "input", "button", "select", "textarea", "video", "audio", "source", "track", "canvas",
      "link", "meta", "base", "head", "title");
  /** Elements that hold only phrasing content, so that a block inside one is invalid. */
  private static final Set<String> PHRASING_ONLY = Set.of(
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "span", "b", "i", "em", "strong", "small",
      "s", "sub", "sup", "code", "q", "cite", "abbr", "dfn", "kbd", "samp", "var", "u");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  /** Elements that are blocks wherever they stand. */
  private static final Set<String> BLOCKS = Set.of(
      "address", "blockquote", "div", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p",
      "pre", "table", "ul");
  private static final Set<String> ALIGNMENTS = Set.of("left", "right", "center", "justify");

  private ProseMarkup() {}

  /** Appends the nodes of stored HTML to {@code parent}; {@code null} appends nothing. */
  static void append(String html, Element parent) {
    if (html == null || html.isBlank()) {
      return;
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element element : body.getAllElements()) {
      if (element != body && element.parent() != null) {
        modernize(element);
      }
    }
    separateBlocks(body);
    cleanNodes(body);
    parent.appendChildren(new ArrayList<>(body.childNodes()));
  }

  /** Renames, drops or unwraps one element and keeps the attributes HTML5 allows it. */
  private static void modernize(Element element) {
    String name = element.normalName();
    if (DROPPED.contains(name)) {
      element.remove();
      return;
    }
    if (name.equals("img")) {
      replaceImage(element);
      return;
    }
    String alignment = element.attr("align").strip().toLowerCase(Locale.ROOT);
    keepAllowedAttributes(element, name);
    if (ALIGNMENTS.contains(alignment)) {
      element.addClass("align-" + alignment);
    }
    if (RENAMED.containsKey(name)) {
      element.tagName(RENAMED.get(name)).addClass(name);
    } else if (!ALLOWED.contains(name)) {
      element.unwrap();
      return;
    }
    fixListPlacement(element);
  }

  /** An image stays as a link to it (or its description): a download embeds no remote file. */
  private static void replaceImage(Element image) {
    String description = image.attr("alt").isBlank() ? "Image" : image.attr("alt").strip();
    var address = WebAddress.parse(image.attr("src")).filter(WebAddress::isWeb);
    if (address.isPresent()) {
      Element link = new Element("a").attr("href", address.get()).addClass("image").text(description);
      image.replaceWith(link);
    } else if (!image.attr("alt").isBlank()) {
      image.replaceWith(new TextNode(description));
    } else {
      image.remove();
    }
  }

  private static void keepAllowedAttributes(Element element, String name) {
    for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
      String key = attribute.getKey().toLowerCase(Locale.ROOT);
      String value = XmlText.clean(attribute.getValue()).strip();
      String kept = allowedValue(name, key, value);
      element.removeAttr(attribute.getKey());
      if (kept != null) {
        element.attr(key, kept);
      }
    }
  }

  /** The value kept for an attribute of an element, or {@code null} to drop it. */
  private static String allowedValue(String element, String key, String value) {
    return switch (key) {
      case "class" -> value.isEmpty() ? null : value;
      case "title" -> value;
      case "dir" -> Set.of("ltr", "rtl", "auto").contains(value.toLowerCase(Locale.ROOT))
          ? value.toLowerCase(Locale.ROOT) : null;
      case "lang" -> LanguageTag.valid(value) ? LanguageTag.orUndetermined(value) : null;
      case "href" -> element.equals("a") ? WebAddress.parse(value).orElse(null) : null;
      case "start" -> element.equals("ol") ? number(value, -1_000_000, 1_000_000) : null;
      case "type" -> element.equals("ol") && Set.of("1", "a", "A", "i", "I").contains(value) ? value : null;
      case "colspan" -> element.equals("td") || element.equals("th") ? number(value, 1, 1000) : null;
      case "rowspan" -> element.equals("td") || element.equals("th") ? number(value, 0, 65534) : null;
      case "span" -> element.equals("col") || element.equals("colgroup") ? number(value, 1, 1000) : null;
      case "scope" -> element.equals("th")
          && Set.of("row", "col", "rowgroup", "colgroup").contains(value) ? value : null;
      case "abbr" -> element.equals("th") ? value : null;
      default -> null;
    };
  }

  private static String number(String value, int least, int most) {
    try {
      int number = Integer.parseInt(value);
      return number >= least && number <= most ? Integer.toString(number) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * List items, terms and descriptions belong in their lists; a list of anything else becomes a
   * list of items, and one found alone becomes a division.
   */
  private static void fixListPlacement(Element element) {
    String name = element.normalName();
    Element parent = element.parent();
    String parentName = parent == null ? "" : parent.normalName();
    if (name.equals("li") && !parentName.equals("ul") && !parentName.equals("ol")) {
      element.tagName("div").addClass("li");
    } else if ((name.equals("dt") || name.equals("dd")) && !parentName.equals("dl")) {
      element.tagName("div").addClass(name);
    } else if (name.equals("dl") && !wellFormedDescriptionList(element)) {
      element.tagName("div").addClass("dl");
    } else if (name.equals("ul") || name.equals("ol")) {
      for (Node child : new ArrayList<>(element.childNodes())) {
        boolean item = child instanceof Element e && e.normalName().equals("li");
        if (!item && !isBlankText(child)) {
          child.wrap("<li></li>");
        }
      }
    }
  }

  private static boolean wellFormedDescriptionList(Element list) {
    for (Node child : list.childNodes()) {
      boolean term = child instanceof Element e && (e.normalName().equals("dt") || e.normalName().equals("dd"));
      if (!term && !isBlankText(child)) {
        return false;
      }
    }
    Element first = list.firstElementChild();
    Element last = list.lastElementChild();
    return first != null && first.normalName().equals("dt") && last.normalName().equals("dd");
  }

  /**
   * A phrasing element that holds a block (a {@code <span>} around paragraphs) becomes a division
   * with its old name as a class, innermost first, so the blocks stay where the author put them.
   * An empty heading becomes a paragraph.
   */
  private static void separateBlocks(Element body) {
    List<Element> elements = new ArrayList<>(body.getAllElements());
    Collections.reverse(elements);
    Set<Element> holdingBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element element : elements) {
      if (element == body) {
        continue;
      }
      boolean holdsBlock = element.children().stream()
          .anyMatch(c -> BLOCKS.contains(c.normalName()) || holdingBlocks.contains(c));
      String name = element.normalName();
      if (holdsBlock && PHRASING_ONLY.contains(name)) {
        element.tagName("div").addClass(name);
      } else if (HEADINGS.contains(name) && element.text().isBlank()) {
        element.tagName("p");
      }
      if (holdsBlock) {
        holdingBlocks.add(element);
      }
    }
  }

  /** Cleans text of characters XML forbids and drops comments, which may not hold {@code --}. */
  private static void cleanNodes(Element body) {
    List<Node> others = new ArrayList<>();
    body.forEachNode(node -> {
      if (node instanceof TextNode text) {
        String clean = XmlText.clean(text.getWholeText());
        if (!clean.equals(text.getWholeText())) {
          text.text(clean);
        }
      } else if (!(node instanceof Element)) {
        others.add(node);
      }
    });
    others.forEach(Node::remove);
  }

  private static boolean isBlankText(Node node) {
    return node instanceof TextNode text && text.isBlank();
  }
}
