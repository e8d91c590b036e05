package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Parses the XML inside an EPUB (container.xml, the package file, the NCX and nav, the XHTML
 * chapters) so that no file can expand entities or make the parser read anything else.
 *
 * <p>Two guards: a document that declares entities ({@code <!ENTITY}) or a DOCTYPE internal subset
 * is rejected before parsing, since no EPUB needs either and they are how "billion laughs" and
 * external-entity attacks start; and parsing uses jsoup's XML parser, which never loads a DTD or an
 * external entity and leaves an undeclared reference such as {@code &xxe;} as literal text. A plain
 * {@code <!DOCTYPE html PUBLIC …>} is allowed and ignored. Lenient about everything else (leading
 * blanks before the XML declaration, unclosed tags), as e-readers are. Stateless.
 */
final class SafeXml {

  private static final Pattern ENTITY_DECLARATION =
      Pattern.compile("<!ENTITY|<!DOCTYPE[^>\\[]*\\[", Pattern.CASE_INSENSITIVE);
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
  private static final String DROPPED = "script|style|head|noscript|template";

  private SafeXml() {}

  /**
   * The file parsed as XML, with tag names as written (prefixes such as {@code dc:} kept).
   *
   * @throws UnreadableFileException when it declares entities
   */
  static Document parse(byte[] bytes, String fileName) throws UnreadableFileException {
    String text = decode(bytes);
    if (ENTITY_DECLARATION.matcher(text).find()) {
      throw new UnreadableFileException("EPUB rejected: " + fileName + " declares XML entities"
          + " (a DOCTYPE with <!ENTITY …>), which no EPUB needs (an entity-expansion attack?)");
    }
    return Jsoup.parse(text, "", Parser.xmlParser());
  }

  /**
   * An XHTML file's body as an HTML document, so that HTML selectors and serialization apply:
   * XHTML's {@code <br/>} becomes {@code <br>} and a self-closed {@code <p/>} an empty paragraph.
   * Scripts, styles and comments are left out.
   *
   * @throws UnreadableFileException when it declares entities
   */
  static Document parseXhtml(byte[] bytes, String fileName) throws UnreadableFileException {
    Document xml = parse(bytes, fileName);
    Element body = xml.selectFirst("body");
    Document html = Document.createShell("");
    html.outputSettings().prettyPrint(false);
    copyChildren(body != null ? body : xml, html.body());
    return html;
  }

  /** Copies element by element, iteratively, so deep nesting cannot exhaust the stack. */
  private static void copyChildren(Element from, Element to) {
    Deque<Element> parents = new ArrayDeque<>();
    parents.push(to);
    int[] skippedAt = {-1};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (depth == 0 || skippedAt[0] >= 0) {
          return;
        }
        if (node instanceof Element element) {
          if (element.normalName().matches(DROPPED)) {
            skippedAt[0] = depth;
            return;
          }
          Element copy = new Element(element.normalName());
          for (Attribute attribute : element.attributes()) {
            copy.attr(attribute.getKey(), attribute.getValue());
          }
          parents.peek().appendChild(copy);
          parents.push(copy);
        } else if (node instanceof TextNode text) {
          parents.peek().appendChild(new TextNode(text.getWholeText()));
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (depth == 0 || !(node instanceof Element)) {
          return;
        }
        if (skippedAt[0] == depth) {
          skippedAt[0] = -1;
        } else if (skippedAt[0] < 0) {
          parents.pop();
        }
      }
    }, from);
  }

  private static String decode(byte[] bytes) {
    int length = bytes.length;
    if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, length - 3, StandardCharsets.UTF_8);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    String head = new String(bytes, 0, Math.min(length, 256), StandardCharsets.ISO_8859_1);
    Matcher declared = DECLARED_ENCODING.matcher(head);
    return new String(bytes, declared.find() ? charset(declared.group(1)) : StandardCharsets.UTF_8);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
