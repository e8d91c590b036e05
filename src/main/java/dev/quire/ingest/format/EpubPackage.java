package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An EPUB's package: where container.xml says the package file (OPF) is, the OPF's {@code
 * <metadata>} (read through {@link EpubMetadata}), its spine in reading order, and the labels its
 * table of contents (EPUB 3 nav or EPUB 2 NCX) gives each spine file. EPUB 2 and 3 alike.
 * Immutable.
 *
 * @param metadata the OPF's metadata
 * @param spine the spine's files that exist in the zip, in reading order
 * @param labels the table of contents' first label for each file path
 */
record EpubPackage(EpubMetadata metadata, List<SpineItem> spine, Map<String, String> labels) {

  private static final String CONTAINER = "META-INF/container.xml";
  private static final Set<String> FRONT_MATTER_TYPES = Set.of("cover", "title-page", "toc");

  /**
   * One file of the spine.
   *
   * @param path the file's path inside the zip
   * @param frontMatter whether the book marks it as a cover, title page or table of contents, or as
   *     outside the reading order ({@code linear="no"})
   */
  record SpineItem(String path, boolean frontMatter) {}

  /**
   * Reads container.xml, the OPF and its table of contents.
   *
   * @throws UnreadableFileException when a required file is missing or declares entities
   */
  static EpubPackage read(EpubArchive archive) throws UnreadableFileException {
    byte[] container = archive.file(CONTAINER);
    if (container == null) {
      throw new UnreadableFileException("not an EPUB: the zip has no " + CONTAINER);
    }
    Element rootfile = SafeXml.parse(container, CONTAINER).selectFirst("rootfile[full-path]");
    if (rootfile == null) {
      throw new UnreadableFileException("not an EPUB: " + CONTAINER + " names no package file");
    }
    String opfPath = resolve("", rootfile.attr("full-path"));
    byte[] opfBytes = archive.file(opfPath);
    if (opfBytes == null) {
      throw new UnreadableFileException(
          "not an EPUB: its package file " + opfPath + " is missing from the zip");
    }
    Document opf = SafeXml.parse(opfBytes, opfPath);
    Map<String, Element> manifest = manifest(opf);
    String base = folder(opfPath);
    List<SpineItem> spine = spine(opf, manifest, base, archive);
    Map<String, String> labels = EpubNavigation.labels(archive, tocPath(opf, manifest, base));
    return new EpubPackage(EpubMetadata.read(opf), spine, labels);
  }

  /**
   * The zip path {@code href} points to from a file in {@code folder} ("OEBPS/"), without its
   * fragment and percent-escapes; {@code null} when it climbs out of the book.
   */
  static String resolve(String folder, String href) {
    String path = href.strip();
    int hash = path.indexOf('#');
    path = hash >= 0 ? path.substring(0, hash) : path;
    try {
      path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A stray "%" is part of the name, as e-readers take it.
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (path.startsWith("/") ? path : folder + path).split("/")) {
      if (part.equals("..")) {
        if (parts.pollLast() == null) {
          return null;
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  /** The folder part of a zip path, with its trailing slash, or "" at the top. */
  static String folder(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  private static Map<String, Element> manifest(Document opf) {
    Map<String, Element> items = new HashMap<>();
    for (Element item : opf.select("manifest > item[id][href]")) {
      items.putIfAbsent(item.id(), item);
    }
    return items;
  }

  private static List<SpineItem> spine(Document opf, Map<String, Element> manifest, String base,
      EpubArchive archive) {
    Set<String> frontMatter = new HashSet<>();
    for (Element reference : opf.select("guide > reference[type][href]")) {
      if (FRONT_MATTER_TYPES.contains(reference.attr("type").toLowerCase(Locale.ROOT))) {
        frontMatter.add(resolve(base, reference.attr("href")));
      }
    }
    List<SpineItem> spine = new ArrayList<>();
    for (Element itemref : opf.select("spine > itemref[idref]")) {
      Element item = manifest.get(itemref.attr("idref"));
      String path = item == null ? null : resolve(base, item.attr("href"));
      if (path == null || archive.file(path) == null) {
        continue;
      }
      boolean front = frontMatter.contains(path) || itemref.attr("linear").equals("no")
          || List.of(item.attr("properties").split("\\s+")).contains("nav");
      spine.add(new SpineItem(path, front));
    }
    return spine;
  }

  private static String tocPath(Document opf, Map<String, Element> manifest, String base) {
    for (Element item : manifest.values()) {
      if (List.of(item.attr("properties").split("\\s+")).contains("nav")) {
        return resolve(base, item.attr("href"));
      }
    }
    Element spine = opf.selectFirst("spine[toc]");
    Element ncx = spine == null ? null : manifest.get(spine.attr("toc"));
    if (ncx == null) {
      ncx = manifest.values().stream()
          .filter(i -> i.attr("media-type").equals("application/x-dtbncx+xml"))
          .findFirst().orElse(null);
    }
    return ncx == null ? null : resolve(base, ncx.attr("href"));
  }
}
