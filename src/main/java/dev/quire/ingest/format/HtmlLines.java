package dev.quire.ingest.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The lines an HTML page shows, so that header lines can be read off HTML as off plain text. A
 * {@code <br>} ends a line; a block (a paragraph, a division, a rule) ends one and counts as a
 * blank line, as a paragraph break does in text. Each line keeps the nodes that show it, so the
 * lines can be taken out of the page afterwards.
 */
final class HtmlLines {

  private static final Pattern WHITE_SPACE = Pattern.compile("[\\p{IsWhite_Space}\\u00A0]+");

  /** One shown line: its text with white space collapsed, and the nodes it is made of. */
  record Line(String text, List<Node> nodes) {
    Line {
      nodes = List.copyOf(nodes);
    }
  }

  private HtmlLines() {}

  /** The first {@code limit} lines shown inside {@code root}; a blank line has empty text. */
  static List<Line> read(Element root, int limit) {
    Splitter splitter = new Splitter(root, limit);
    root.filter(splitter);
    splitter.endLine(false);
    return splitter.lines;
  }

  /**
   * Removes {@code lines} from the page under {@code root}, with the elements left empty by their
   * removal and the blank nodes that then open {@code root}.
   */
  static void remove(List<Line> lines, Element root) {
    Set<Element> parents = new LinkedHashSet<>();
    for (Line line : lines) {
      for (Node node : line.nodes()) {
        if (node.parent() instanceof Element parent) {
          parents.add(parent);
        }
        node.remove();
      }
    }
    for (Element parent : parents) {
      Element emptied = parent;
      while (emptied != null && emptied != root && emptied.parent() != null
          && PageMarkup.isBlank(emptied)) {
        Element above = emptied.parent();
        emptied.remove();
        emptied = above;
      }
    }
    PageMarkup.firstShown(root);
  }

  /** Walks the page once, cutting its text into lines. */
  private static final class Splitter implements NodeFilter {
    private final Element root;
    private final int limit;
    private final List<Line> lines = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    Splitter(Element root, int limit) {
      this.root = root;
      this.limit = limit;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (lines.size() >= limit) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode textNode) {
        text.append(textNode.getWholeText());
        nodes.add(node);
      } else if (node instanceof Element element && element.nameIs("br")) {
        nodes.add(element);
        endLine(false);
      } else if (isBlock(node)) {
        endLine(true);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (isBlock(node)) {
        endLine(true);
      }
      return FilterResult.CONTINUE;
    }

    private boolean isBlock(Node node) {
      return node instanceof Element element && element != root && element.isBlock();
    }

    void endLine(boolean paragraphBreak) {
      String shown = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
      if (!nodes.isEmpty()) {
        lines.add(new Line(shown, nodes));
      }
      if (paragraphBreak && !lines.isEmpty() && !lines.getLast().text().isEmpty()) {
        lines.add(new Line("", List.of()));
      }
      nodes.clear();
      text.setLength(0);
    }
  }
}
