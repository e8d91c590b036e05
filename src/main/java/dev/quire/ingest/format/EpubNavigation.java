package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The labels an EPUB's table of contents gives its files: the EPUB 3 nav document's {@code
 * <nav epub:type="toc">} links, or the EPUB 2 NCX's {@code navPoint}s. Stateless.
 */
final class EpubNavigation {

  private EpubNavigation() {}

  /**
   * The first label the table of contents gives each file path, in its order; empty when the book
   * has no table of contents or it is missing from the zip.
   *
   * @throws UnreadableFileException when the table of contents declares entities
   */
  static Map<String, String> labels(EpubArchive archive, String tocPath)
      throws UnreadableFileException {
    Map<String, String> labels = new LinkedHashMap<>();
    byte[] bytes = tocPath == null ? null : archive.file(tocPath);
    if (bytes == null) {
      return labels;
    }
    Document toc = SafeXml.parse(bytes, tocPath);
    String folder = EpubPackage.folder(tocPath);
    if (toc.selectFirst("navMap") != null) {
      for (Element point : toc.select("navPoint")) {
        Element text = point.selectFirst("navLabel > text");
        Element content = point.selectFirst("content[src]");
        if (text != null && content != null) {
          add(labels, EpubPackage.resolve(folder, content.attr("src")), text.text());
        }
      }
    } else {
      for (Element link : tocLinks(toc)) {
        add(labels, EpubPackage.resolve(folder, link.attr("href")), link.text());
      }
    }
    return labels;
  }

  private static Elements tocLinks(Document nav) {
    for (Element candidate : nav.select("nav")) {
      if (List.of(candidate.attr("epub:type").split("\\s+")).contains("toc")) {
        return candidate.select("a[href]");
      }
    }
    return nav.select("a[href]");
  }

  private static void add(Map<String, String> labels, String path, String label) {
    if (path != null && !label.isBlank()) {
      labels.putIfAbsent(path, label.strip().replaceAll("\\s+", " "));
    }
  }
}
