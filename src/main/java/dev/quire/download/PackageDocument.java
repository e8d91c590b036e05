package dev.quire.download;

import dev.quire.work.WorkDetails.SeriesPlace;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The EPUB's package document ({@code package.opf}: metadata, manifest, spine) and its navigation
 * document ({@code nav.xhtml}), written as text with every value escaped. Stateless.
 */
final class PackageDocument {

  static final String NAV = "nav.xhtml";
  static final String STYLE = "style.css";
  private static final DateTimeFormatter MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private PackageDocument() {}

  /** The package document of {@code book} whose content is {@code pages}. */
  static String of(Book book, List<EpubPage> pages) {
    StringBuilder opf = new StringBuilder(4096);
    opf.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\"")
        .append(" xml:lang=\"").append(book.languages().getFirst()).append("\">\n")
        .append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    metadata(book, opf);
    opf.append("  </metadata>\n  <manifest>\n");
    item(opf, "nav", NAV, "application/xhtml+xml", " properties=\"nav\"");
    item(opf, "style", STYLE, "text/css", "");
    pages.stream().flatMap(EpubPage::inReadingOrder)
        .forEach(page -> item(opf, page.id(), page.file(), "application/xhtml+xml", ""));
    opf.append("  </manifest>\n  <spine>\n");
    pages.stream().flatMap(EpubPage::inReadingOrder)
        .forEach(page -> opf.append("    <itemref idref=\"").append(page.id()).append("\"/>\n"));
    opf.append("  </spine>\n</package>\n");
    return opf.toString();
  }

  private static void metadata(Book book, StringBuilder opf) {
    element(opf, "dc:identifier", " id=\"book-id\"", book.identifier());
    element(opf, "dc:title", "", XmlText.orElse(book.title(), "Untitled"));
    List<String> creators = book.creators();
    for (int i = 0; i < creators.size(); i++) {
      String id = "creator-" + (i + 1);
      element(opf, "dc:creator", " id=\"" + id + "\"", creators.get(i));
      element(opf, "meta", " refines=\"#" + id + "\" property=\"role\" scheme=\"marc:relators\"", "aut");
    }
    book.languages().forEach(language -> element(opf, "dc:language", "", language));
    book.subjects().forEach(subject -> element(opf, "dc:subject", "", subject));
    book.sources().forEach(source -> element(opf, "dc:source", "", source));
    String description = ProseText.of(book.summary());
    if (!description.isBlank()) {
      element(opf, "dc:description", "", description);
    }
    element(opf, "dc:date", "", book.published().toString());
    element(opf, "meta", " property=\"dcterms:modified\"",
        MODIFIED.format(book.modified().truncatedTo(ChronoUnit.SECONDS)));
    if (book instanceof WorkBook work) {
      collections(work, opf);
    }
  }

  /** The series a work belongs to, as e-book readers group books. */
  private static void collections(WorkBook work, StringBuilder opf) {
    List<SeriesPlace> places = work.work().series();
    for (int i = 0; i < places.size(); i++) {
      String id = "series-" + (i + 1);
      element(opf, "meta", " property=\"belongs-to-collection\" id=\"" + id + "\"", places.get(i).title());
      element(opf, "meta", " refines=\"#" + id + "\" property=\"collection-type\"", "series");
      element(opf, "meta", " refines=\"#" + id + "\" property=\"group-position\"",
          Integer.toString(places.get(i).position()));
    }
  }

  /** The navigation document: the pages, those of a series' works nested under each work. */
  static String navigation(Book book, List<EpubPage> pages) {
    StringBuilder nav = new StringBuilder(2048);
    nav.append(XhtmlPage.header("Contents", book.languages().getFirst()))
        .append("<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n");
    list(nav, pages);
    nav.append("</nav>\n").append(XhtmlPage.FOOTER);
    return nav.toString();
  }

  private static void list(StringBuilder nav, List<EpubPage> pages) {
    nav.append("<ol>\n");
    for (EpubPage page : pages) {
      nav.append("<li><a href=\"").append(XmlText.escape(page.file())).append("\">")
          .append(XmlText.escape(page.label())).append("</a>");
      if (!page.children().isEmpty()) {
        nav.append('\n');
        list(nav, page.children());
      }
      nav.append("</li>\n");
    }
    nav.append("</ol>\n");
  }

  private static void item(StringBuilder opf, String id, String href, String mediaType, String more) {
    opf.append("    <item id=\"").append(id).append("\" href=\"").append(href)
        .append("\" media-type=\"").append(mediaType).append('"').append(more).append("/>\n");
  }

  private static void element(StringBuilder opf, String name, String attributes, String text) {
    opf.append("    <").append(name).append(attributes).append('>').append(XmlText.escape(text))
        .append("</").append(name).append(">\n");
  }
}
