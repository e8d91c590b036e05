package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.ATOM_NS;
import static dev.quire.catalog.CatalogTerms.DC_NS;
import static dev.quire.catalog.CatalogTerms.OPDS_NS;
import static dev.quire.catalog.CatalogTerms.OPENSEARCH_NS;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one Atom feed document (RFC 4287) to memory through an XML stream writer, which escapes
 * text and attributes; characters XML cannot hold are dropped. Elements are in the Atom namespace
 * unless named otherwise. Not thread-safe: one writer per document.
 */
final class FeedWriter {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter xml;

  /** A document whose {@code atom:feed} is opened and holds its id, title, updated and author. */
  FeedWriter(String id, String title, Instant updated, String author, String authorUri) {
    try {
      xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(ATOM_NS);
      xml.setPrefix("dc", DC_NS);
      xml.setPrefix("opds", OPDS_NS);
      xml.setPrefix("opensearch", OPENSEARCH_NS);
      xml.writeStartElement(ATOM_NS, "feed");
      xml.writeDefaultNamespace(ATOM_NS);
      xml.writeNamespace("dc", DC_NS);
      xml.writeNamespace("opds", OPDS_NS);
      xml.writeNamespace("opensearch", OPENSEARCH_NS);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    text("id", id);
    text("title", title);
    date("updated", updated);
    person("author", author, authorUri);
  }

  void text(String element, String value) {
    element(ATOM_NS, element, value);
  }

  void element(String namespace, String element, String value) {
    try {
      xml.writeStartElement(namespace, element);
      xml.writeCharacters(clean(value));
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** A text construct with its type, {@code text} or {@code html}. */
  void typedText(String element, String type, String value) {
    try {
      xml.writeStartElement(ATOM_NS, element);
      xml.writeAttribute("type", type);
      xml.writeCharacters(clean(value));
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** A date construct, to the second, in UTC. */
  void date(String element, Instant when) {
    text(element, DateTimeFormatter.ISO_INSTANT.format(when.truncatedTo(ChronoUnit.SECONDS)));
  }

  /** A person construct; {@code uri} may be {@code null}. */
  void person(String element, String name, String uri) {
    start(element);
    text("name", name);
    if (uri != null) {
      text("uri", uri);
    }
    end();
  }

  void link(String rel, String href, String type) {
    link(rel, href, type, null);
  }

  /** A link; {@code title} may be {@code null}. */
  void link(String rel, String href, String type, String title) {
    try {
      xml.writeEmptyElement(ATOM_NS, "link");
      xml.writeAttribute("rel", rel);
      xml.writeAttribute("href", href);
      xml.writeAttribute("type", type);
      if (title != null) {
        xml.writeAttribute("title", clean(title));
      }
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /**
   * Links to the first, previous, next and last pages of a feed in pages (RFC 5005), as far as
   * they exist; {@code pages} is at least 1.
   */
  void pageLinks(int page, int pages, IntFunction<String> pageLink, String type) {
    if (pages > 1) {
      link("first", pageLink.apply(1), type);
    }
    if (page > 1) {
      link("previous", pageLink.apply(Math.min(page - 1, pages)), type);
    }
    if (page < pages) {
      link("next", pageLink.apply(page + 1), type);
    }
    if (pages > 1) {
      link("last", pageLink.apply(pages), type);
    }
  }

  void category(String scheme, String term, String label) {
    try {
      xml.writeEmptyElement(ATOM_NS, "category");
      xml.writeAttribute("scheme", scheme);
      xml.writeAttribute("term", clean(term));
      xml.writeAttribute("label", clean(label));
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  void start(String element) {
    try {
      xml.writeStartElement(ATOM_NS, element);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  void end() {
    try {
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** Closes the feed and returns the document, UTF-8 encoded. */
  byte[] finish() {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return bytes.toByteArray();
  }

  /** The text without the characters XML 1.0 cannot carry (most control characters). */
  static String clean(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(FeedWriter::allowedInXml).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9 || c == 0xA || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static IllegalStateException failed(XMLStreamException e) {
    return new IllegalStateException("could not write a feed in memory", e);
  }
}
