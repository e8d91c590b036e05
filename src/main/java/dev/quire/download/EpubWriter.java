package dev.quire.download;

import dev.quire.work.WorkDetails.ChapterText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Book} as an EPUB 3 that epubcheck passes without errors or warnings.
 *
 * <p>The container holds {@code mimetype} (first, stored), {@code META-INF/container.xml}, and
 * under {@code EPUB/} the package document, the navigation document, one style sheet and one XHTML
 * file for the preface, each chapter and the afterword (when the work has end notes). A series
 * starts with a page of its own; each work's files are then prefixed {@code part-N-} and its
 * chapters nest under it in the table of contents. Nothing outside the file is referenced: images
 * in the text become links.
 *
 * <p>Files are written to the stream as they are made, one chapter in memory at a time; the
 * stream is not closed. Entries carry the book's modification time, so the same book gives the
 * same bytes. Stateless and thread-safe.
 */
public final class EpubWriter {

  private static final String ROOT = "EPUB/";
  private static final String CONTAINER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
          <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
      </container>
      """;
  private static final LocalDateTime EARLIEST_ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final LocalDateTime LATEST_ZIP_TIME = LocalDateTime.of(2107, 12, 31, 0, 0);

  /** Writes {@code book} to {@code out}, which stays open. */
  public void write(Book book, OutputStream out) throws IOException {
    List<EpubPage> pages = pages(book);
    LocalDateTime time = zipTime(book.modified());
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    mimetype(zip, time);
    text(zip, "META-INF/container.xml", CONTAINER, time);
    text(zip, ROOT + "package.opf", PackageDocument.of(book, pages), time);
    text(zip, ROOT + PackageDocument.NAV, PackageDocument.navigation(book, pages), time);
    text(zip, ROOT + PackageDocument.STYLE, BookMarkup.STYLE, time);
    Iterator<EpubPage> reading = pages.stream().flatMap(EpubPage::inReadingOrder).iterator();
    while (reading.hasNext()) {
      EpubPage page = reading.next();
      zip.putNextEntry(entry(ROOT + page.file(), time));
      Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
      XhtmlPage.write(writer, page.label(), page.language(), page.body());
      writer.flush();
      zip.closeEntry();
    }
    zip.finish();
  }

  /** A work's preface, chapters and afterword; a series' page, then each work with its pages under it. */
  private static List<EpubPage> pages(Book book) {
    List<EpubPage> pages = new ArrayList<>();
    if (book instanceof SeriesBook series) {
      List<WorkBook> works = series.works();
      List<String> prefaces = new ArrayList<>();
      for (int i = 0; i < works.size(); i++) {
        prefaces.add(partPrefix(i) + "preface.xhtml");
      }
      pages.add(new EpubPage("series.xhtml", XmlText.orElse(series.title(), "Untitled"),
          series.languages().getFirst(), body -> BookMarkup.seriesPage(series, prefaces, body), List.of()));
      for (int i = 0; i < works.size(); i++) {
        WorkBook work = works.get(i);
        pages.add(preface(work, prefaces.get(i), XmlText.orElse(work.title(), "Untitled"),
            workPages(work, partPrefix(i))));
      }
    } else if (book instanceof WorkBook work) {
      pages.add(preface(work, "preface.xhtml", "Preface", List.of()));
      pages.addAll(workPages(work, ""));
    }
    return pages;
  }

  private static String partPrefix(int index) {
    return "part-" + (index + 1) + "-";
  }

  private static EpubPage preface(WorkBook work, String file, String label, List<EpubPage> under) {
    return new EpubPage(file, label, work.languages().getFirst(), body -> BookMarkup.preface(work, body), under);
  }

  private static List<EpubPage> workPages(WorkBook work, String prefix) {
    String language = work.languages().getFirst();
    List<EpubPage> pages = new ArrayList<>();
    List<ChapterText> chapters = work.work().chapters();
    for (int i = 0; i < chapters.size(); i++) {
      ChapterText chapter = chapters.get(i);
      String id = "chapter-" + (i + 1);
      pages.add(new EpubPage(prefix + id + ".xhtml", XmlText.orElse(chapter.heading(), id), language,
          body -> BookMarkup.chapter(chapter, body, id), List.of()));
    }
    if (BookMarkup.hasAfterword(work)) {
      pages.add(new EpubPage(prefix + "afterword.xhtml", "Afterword", language,
          body -> BookMarkup.afterword(work, body), List.of()));
    }
    return pages;
  }

  /** The {@code mimetype} file: first, uncompressed and without extra fields, as OCF requires. */
  private static void mimetype(ZipOutputStream zip, LocalDateTime time) throws IOException {
    byte[] bytes = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ZipEntry entry = entry("mimetype", time);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void text(ZipOutputStream zip, String name, String text, LocalDateTime time) throws IOException {
    zip.putNextEntry(entry(name, time));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static ZipEntry entry(String name, LocalDateTime time) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    return entry;
  }

  /** The book's time within what a ZIP's own time field holds, so no extra field is needed. */
  private static LocalDateTime zipTime(Instant modified) {
    LocalDateTime time = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
    return time.isBefore(EARLIEST_ZIP_TIME) ? EARLIEST_ZIP_TIME
        : time.isAfter(LATEST_ZIP_TIME) ? LATEST_ZIP_TIME : time;
  }
}
