package dev.quire.download.web;

import dev.quire.account.Viewer;
import dev.quire.download.Book;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.download.EpubWriter;
import dev.quire.download.HtmlWriter;
import dev.quire.download.SeriesBook;
import dev.quire.download.TextWriter;
import dev.quire.download.WorkBook;
import dev.quire.tag.Rating;
import dev.quire.work.SeriesDetails;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkCatalog.Texts;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary;
import dev.quire.work.web.ReadingAccess;
import dev.quire.work.web.ReadingAccess.Admitted;
import dev.quire.work.web.ReadingAccess.AskFirst;
import dev.quire.work.web.Revalidation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Works as EPUB, HTML and plain text, series as EPUB, at AO3's addresses, through
 * {@link ReadingAccess} as reading pages are: a work the viewer may not read (a draft, a restricted
 * work for a guest) is not found, and a series holds only the works the viewer may read. A wrong
 * title in the address redirects to the right one; an adult work (or series with one) is served
 * only after the reader agreed, and otherwise redirects to a page that asks and leads back to the
 * download. A download is written whole before it is sent ({@link Bindery}), so it
 * always states its length; a browser's copy that is still good is answered 304 before it is
 * written ({@link Revalidation}).
 */
@Controller
class DownloadController {

  private final WorkCatalog catalog;
  private final ReadingAccess reading;
  private final Bindery bindery;

  DownloadController(WorkCatalog catalog, ReadingAccess reading, Bindery bindery) {
    this.catalog = catalog;
    this.reading = reading;
    this.bindery = bindery;
  }

  @GetMapping("/downloads/{id}/{file}")
  ResponseEntity<byte[]> work(
      @PathVariable long id, @PathVariable String file, Viewer viewer, HttpServletRequest request,
      ServletWebRequest revalidated) {
    DownloadFormat format = formatOf(file);
    return switch (reading.work(viewer, id, revalidated)) {
      case AskFirst<WorkDetails>(WorkDetails work, String continueUrl) -> misnamed(work, file, format)
          ? redirectToName(work, format, request)
          : redirect(HttpStatus.SEE_OTHER, "/downloads/" + id + "/adult?format=" + format.extension(), request);
      case Admitted<WorkDetails>(WorkDetails work) -> {
        if (misnamed(work, file, format)) {
          yield redirectToName(work, format, request);
        }
        String archive = archive(request);
        yield Revalidation.notModified(revalidated, viewer, work, format.extension() + " from " + archive)
            ? null
            : attachment(new WorkBook(reading.withTexts(work, Texts.ALL), archive), format);
      }
    };
  }

  private static boolean misnamed(WorkDetails work, String file, DownloadFormat format) {
    return !file.equals(DownloadAddress.segment(work.summary().title(), format));
  }

  private static ResponseEntity<byte[]> redirectToName(WorkDetails work, DownloadFormat format,
      HttpServletRequest request) {
    return redirect(HttpStatus.MOVED_PERMANENTLY, DownloadAddress.ofWork(work.id(), work.summary().title(), format),
        request);
  }

  @GetMapping("/downloads/{id}/adult")
  String workConsent(@PathVariable long id, @RequestParam(defaultValue = "epub") String format, Viewer viewer,
      Model model) {
    DownloadFormat wanted = DownloadFormat.fromExtension(format).orElseThrow(() -> unknownFormat(format));
    WorkDetails work = catalog.details(viewer, id, Texts.NONE).orElseThrow(() -> ReadingAccess.noWork(id));
    String title = work.summary().title();
    return consent(model, "work", work.summary().rating(), List.of(work.summary()),
        wanted.attachmentName(title), DownloadAddress.ofWork(id, title, wanted));
  }

  @GetMapping("/downloads/series/{id}/{file}")
  ResponseEntity<byte[]> series(
      @PathVariable long id, @PathVariable String file, Viewer viewer, HttpServletRequest request,
      ServletWebRequest revalidated) {
    if (formatOf(file) != DownloadFormat.EPUB) {
      throw notFound("A series downloads as one EPUB (.epub); its works download one by one as HTML or TXT.");
    }
    return switch (reading.series(viewer, id, revalidated)) {
      case AskFirst<SeriesDetails>(SeriesDetails series, String continueUrl) -> misnamed(series, file)
          ? redirect(HttpStatus.MOVED_PERMANENTLY, DownloadAddress.ofSeries(id, series.title()), request)
          : redirect(HttpStatus.SEE_OTHER, "/downloads/series/" + id + "/adult", request);
      case Admitted<SeriesDetails>(SeriesDetails series) -> {
        if (misnamed(series, file)) {
          yield redirect(HttpStatus.MOVED_PERMANENTLY, DownloadAddress.ofSeries(id, series.title()), request);
        }
        String archive = archive(request);
        String variant = "series " + id + " " + series.title() + " " + series.summary() + " epub from " + archive;
        yield Revalidation.notModified(revalidated, viewer, series.works(), variant)
            ? null
            : attachment(new SeriesBook(reading.withTexts(series), archive), DownloadFormat.EPUB);
      }
    };
  }

  private static boolean misnamed(SeriesDetails series, String file) {
    return !file.equals(DownloadAddress.segment(series.title(), DownloadFormat.EPUB));
  }

  @GetMapping("/downloads/series/{id}/adult")
  String seriesConsent(@PathVariable long id, Viewer viewer, Model model) {
    SeriesDetails series = catalog.series(viewer, id).orElseThrow(() -> ReadingAccess.noSeries(id));
    return consent(model, "series", series.rating(), series.works().stream().map(WorkDetails::summary).toList(),
        DownloadFormat.EPUB.attachmentName(series.title()), DownloadAddress.ofSeries(id, series.title()));
  }

  private String consent(Model model, String what, Rating rating, List<WorkSummary> works,
      String fileName, String download) {
    model.addAttribute("what", what);
    model.addAttribute("rating", rating);
    model.addAttribute("works", works);
    model.addAttribute("fileName", fileName);
    model.addAttribute("continueUrl", download + "?view_adult=true");
    return "downloads/adult";
  }

  private ResponseEntity<byte[]> attachment(Book book, DownloadFormat format) {
    Bindery.Writing writing = switch (format) {
      case EPUB -> out -> new EpubWriter().write(book, out);
      case HTML -> out -> new HtmlWriter().write((WorkBook) book, out);
      case TXT -> out -> new TextWriter().write((WorkBook) book, out);
    };
    byte[] body = bindery.bind(writing);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(format.mediaType()))
        .contentLength(body.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(format.attachmentName(book.title())))
        .body(body);
  }

  /** A redirect within the archive that keeps the reader's {@code view_adult=true}. */
  private static ResponseEntity<byte[]> redirect(
      HttpStatus status, String path, HttpServletRequest request) {
    String target = path;
    if ("true".equalsIgnoreCase(request.getParameter("view_adult")) && !path.contains("?")) {
      target += "?view_adult=true";
    }
    return ResponseEntity.status(status).location(URI.create(request.getContextPath() + target)).build();
  }

  /** The archive's own address as the reader reached it, for the links inside a download. */
  private static String archive(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
  }

  private static DownloadFormat formatOf(String file) {
    int dot = file.lastIndexOf('.');
    String extension = dot < 0 ? "" : file.substring(dot + 1);
    return DownloadFormat.fromExtension(extension).orElseThrow(() -> unknownFormat(extension));
  }

  private static ResponseStatusException unknownFormat(String extension) {
    String asked = extension.isBlank()
        ? "This address names no download format"
        : "There is no '" + extension + "' download";
    return notFound(asked + ": works download as EPUB (.epub), HTML (.html) or plain text (.txt).");
  }

  private static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }
}
