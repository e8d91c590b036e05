package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.reader.ReadingHistory;
import dev.quire.work.Visits;
import dev.quire.work.Visits.KudosLine;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkCatalog.Texts;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.web.ReadingAccess.Admitted;
import dev.quire.work.web.ReadingAccess.AskFirst;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/** One chapter at a time, with the previous and next ones linked, of a work the viewer may read. */
@Controller
class ChapterController {

  private final WorkCatalog catalog;
  private final ReadingAccess reading;
  private final Visits visits;
  private final ReadingHistory history;

  ChapterController(WorkCatalog catalog, ReadingAccess reading, Visits visits, ReadingHistory history) {
    this.catalog = catalog;
    this.reading = reading;
    this.visits = visits;
    this.history = history;
  }

  @GetMapping("/works/{id}/chapters/{chapterId}")
  String show(
      @PathVariable long id, @PathVariable long chapterId, Viewer viewer, HttpServletRequest request,
      ServletWebRequest revalidated, Model model) {
    return switch (reading.work(viewer, id, revalidated)) {
      case AskFirst<WorkDetails>(WorkDetails work, String continueUrl) -> {
        chapterOf(work, chapterId); // a chapter the work does not have is not found, agreed or not
        yield Revalidation.notModified(revalidated, viewer, work, WorkController.ASKED)
            ? null
            : WorkController.adultPage(work, continueUrl, model);
      }
      case Admitted<WorkDetails>(WorkDetails outline) -> {
        KudosLine kudos = visits.visit(viewer, outline, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
            chapterOf(outline, chapterId).position());
        if (Revalidation.notModified(revalidated, viewer, outline,
            WorkController.admitted(kudos, history, viewer, id, model))) {
          yield null;
        }
        WorkDetails work = reading.withTexts(outline, Texts.of(chapterId));
        ChapterText chapter = chapterOf(work, chapterId);
        model.addAttribute("kudos", kudos);
        model.addAttribute("work", work);
        model.addAttribute("actions", work.actions().stream().map(Enum::name).toList());
        yield chapterPage(work, chapter, model);
      }
    };
  }

  /** A chapter's page, for a reader the adult-content gate has let through. */
  static String chapterPage(WorkDetails work, ChapterText chapter, Model model) {
    ChapterText previous = work.previous(chapter).orElse(null);
    ChapterText next = work.next(chapter).orElse(null);
    model.addAttribute("chapter", chapter);
    model.addAttribute("previous", previous);
    model.addAttribute("next", next);
    model.addAttribute("previousUrl", previous == null ? null : WorkController.chapterPath(work, previous));
    model.addAttribute("nextUrl", next == null ? null : WorkController.chapterPath(work, next));
    return "works/chapter";
  }

  /**
   * A chapter by its id alone, as AO3 links it and FanFicFare may be given it: leads to the
   * chapter's page within its work, keeping a reader's {@code view_adult=true}.
   */
  @GetMapping("/chapters/{chapterId}")
  String byId(@PathVariable long chapterId,
      @RequestParam(name = "view_adult", required = false) String viewAdult, Viewer viewer) {
    long workId = catalog.workOfChapter(viewer, chapterId)
        .orElseThrow(() -> WorkController.notFound("There is no chapter " + chapterId + "."));
    return "redirect:/works/" + workId + "/chapters/" + chapterId
        + ("true".equalsIgnoreCase(viewAdult) ? "?view_adult=true" : "");
  }

  /**
   * Where the chapter menu's form leads (it works without JavaScript): the chosen chapter, or the
   * chapter index when none was chosen.
   */
  @GetMapping("/works/{id}/chapters")
  String jump(@PathVariable long id, @RequestParam(name = "selected_id", required = false) Long selected,
      Viewer viewer) {
    WorkDetails work = WorkController.find(catalog, viewer, id);
    if (selected == null) {
      return "redirect:/works/" + id + "/navigate";
    }
    return "redirect:" + WorkController.chapterPath(work, chapterOf(work, selected));
  }

  private static ChapterText chapterOf(WorkDetails work, long chapterId) {
    return work.chapter(chapterId).orElseThrow(() ->
        WorkController.notFound("Work " + work.id() + " has no chapter " + chapterId + "."));
  }
}
