package dev.quire.catalog;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The OpenSearch 1.1 description document every catalog feed links to with {@code rel="search"}:
 * how a reading app searches the archive ({@code /opds/search?q={searchTerms}}, answered with an
 * acquisition feed) and how a browser does (the search page).
 */
public final class OpenSearchDescription {

  private OpenSearchDescription() {}

  public static byte[] of(CatalogLinks links) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.setDefaultNamespace(CatalogTerms.OPENSEARCH_NS);
      xml.writeStartElement(CatalogTerms.OPENSEARCH_NS, "OpenSearchDescription");
      xml.writeDefaultNamespace(CatalogTerms.OPENSEARCH_NS);
      text(xml, "ShortName", WorkFeeds.ARCHIVE);
      text(xml, "Description", "Search the works of this archive by title, creator, tag and text.");
      text(xml, "InputEncoding", "UTF-8");
      text(xml, "OutputEncoding", "UTF-8");
      url(xml, CatalogTerms.ACQUISITION, links.searchTemplate());
      url(xml, CatalogTerms.HTML, links.searchPageTemplate());
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the search description in memory", e);
    }
    return bytes.toByteArray();
  }

  private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement(CatalogTerms.OPENSEARCH_NS, element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void url(XMLStreamWriter xml, String type, String template) throws XMLStreamException {
    xml.writeEmptyElement(CatalogTerms.OPENSEARCH_NS, "Url");
    xml.writeAttribute("type", type);
    xml.writeAttribute("template", template);
  }
}
