package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.reader.Reading;
import dev.quire.reader.ReadingHistory;
import dev.quire.work.Visits;
import dev.quire.work.Visits.KudosLine;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkCatalog.Texts;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.WorkDetails.Source;
import dev.quire.work.web.ReadingAccess.Admitted;
import dev.quire.work.web.ReadingAccess.AskFirst;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
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

/**
 * A work's pages: the whole work, its chapter index, and the file it was imported from. A work the
 * viewer may not read is not found.
 */
@Controller
class WorkController {

  /** The variants of a reading page, for {@link Revalidation}: the gate's question, or the work. */
  static final String ASKED = "asked first";
  static final String ADMITTED = "admitted";

  private final WorkCatalog catalog;
  private final ReadingAccess reading;
  private final Visits visits;
  private final ReadingHistory history;

  WorkController(WorkCatalog catalog, ReadingAccess reading, Visits visits, ReadingHistory history) {
    this.catalog = catalog;
    this.reading = reading;
    this.visits = visits;
    this.history = history;
  }

  /**
   * The variant of a page the gate let the reader in to: whether the visitor left kudos changes
   * its button, which the kudos count alone does not tell this browser.
   */
  static String admitted(KudosLine kudos) {
    return kudos.left() ? ADMITTED + ", kudos left" : ADMITTED;
  }

  /**
   * Puts {@code viewer}'s reading of the work in the model (its Resume link and Mark for Later
   * button) and answers the variant of the page it makes: the reading, which the work's own
   * details do not tell this browser, with the kudos line's.
   */
  static String admitted(KudosLine kudos, ReadingHistory history, Viewer viewer, long workId, Model model) {
    Reading read = history.of(viewer, workId).orElse(null);
    model.addAttribute("reading", read);
    model.addAttribute("keepsHistory", !viewer.isGuest() && viewer.mayWrite());
    return read == null ? admitted(kudos)
        : admitted(kudos) + ", read to " + read.chapter() + "." + read.paragraph() + (read.markedForLater() ? ", later" : "");
  }

  /**
   * A work as AO3 opens it: a work of several chapters at its first chapter, "Entire Work" (
   * {@code ?view_full_work=true}) a click away; a work of one chapter whole. A browser's copy that
   * is still good is answered 304, not rendered ({@link Revalidation}).
   */
  @GetMapping("/works/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(name = "view_full_work", required = false) String viewFullWork,
      Viewer viewer,
      HttpServletRequest request,
      ServletWebRequest revalidated,
      Model model) {
    boolean whole = "true".equalsIgnoreCase(viewFullWork);
    return switch (reading.work(viewer, id, revalidated)) {
      case AskFirst<WorkDetails>(WorkDetails work, String continueUrl) ->
          Revalidation.notModified(revalidated, viewer, work, ASKED) ? null : adultPage(work, continueUrl, model);
      case Admitted<WorkDetails>(WorkDetails outline) -> {
        KudosLine kudos = visits.visit(viewer, outline, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT), null);
        if (Revalidation.notModified(revalidated, viewer, outline, admitted(kudos, history, viewer, id, model))) {
          yield null;
        }
        WorkDetails work = reading.withTexts(outline, whole ? Texts.ALL : Texts.FIRST);
        model.addAttribute("kudos", kudos);
        model.addAttribute("work", work);
        model.addAttribute("actions", work.actions().stream().map(Enum::name).toList());
        yield !whole && work.chapters().size() > 1
            ? ChapterController.chapterPage(work, work.chapters().getFirst(), model)
            : "works/show";
      }
    };
  }

  /** The interstitial that asks a reader to agree to adult content before the work's text. */
  static String adultPage(WorkDetails work, String continueUrl, Model model) {
    model.addAttribute("work", work);
    model.addAttribute("continueUrl", continueUrl);
    return "works/adult";
  }

  @GetMapping("/works/{id}/navigate")
  String navigate(@PathVariable long id, Viewer viewer, Model model) {
    model.addAttribute("work", find(catalog, viewer, id));
    return "works/navigate";
  }

  /** The file the work was first imported from. */
  @GetMapping("/works/{id}/original")
  ResponseEntity<?> original(@PathVariable long id, Viewer viewer, ServletWebRequest request) {
    return original(id, viewer, request,
        work -> work.source().orElseThrow(() -> notFound("work " + id + " has no original file")));
  }

  /** Any of the files the work was imported from (a joined story has one per installment). */
  @GetMapping("/works/{id}/originals/{sha256}")
  ResponseEntity<?> original(@PathVariable long id, @PathVariable String sha256, Viewer viewer,
      ServletWebRequest request) {
    return original(id, viewer, request,
        work -> work.sources().stream().filter(s -> s.sha256().equals(sha256)).findFirst()
            .orElseThrow(() -> notFound("work " + id + " has no original " + sha256)));
  }

  /** An original is the work's text too: a reader who has not agreed to adult content is asked first. */
  private ResponseEntity<?> original(long id, Viewer viewer, ServletWebRequest request,
      Function<WorkDetails, Source> source) {
    return switch (reading.work(viewer, id, request)) {
      case AskFirst<WorkDetails>(WorkDetails work, String continueUrl) -> {
        source.apply(work); // a file the work does not have is not found, agreed or not
        yield ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/works/" + id).build();
      }
      case Admitted<WorkDetails>(WorkDetails work) -> attachment(viewer, work, source.apply(work));
    };
  }

  private ResponseEntity<?> attachment(Viewer viewer, WorkDetails work, Source source) {
    long id = work.id();
    byte[] bytes = catalog.original(viewer, id, source.sha256())
        .orElseThrow(() -> notFound("the original of work " + id + " is missing"));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(source.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", source.sha256())
        .body(bytes);
  }

  static String chapterPath(WorkDetails work, ChapterText chapter) {
    return "/works/" + work.id() + "/chapters/" + chapter.id();
  }

  /** The work {@code viewer} may read, without its texts, or 404 (see {@link ReadingAccess#noWork}). */
  static WorkDetails find(WorkCatalog catalog, Viewer viewer, long id) {
    return catalog.details(viewer, id, Texts.NONE).orElseThrow(() -> ReadingAccess.noWork(id));
  }

  static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }
}
