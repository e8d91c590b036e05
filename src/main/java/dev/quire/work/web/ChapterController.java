package dev.quire.work.web;

import dev.quire.reader.AdultContentGate;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One chapter at a time, with the previous and next ones linked. */
@Controller
class ChapterController {

  private final WorkCatalog catalog;
  private final AdultContentGate gate;

  ChapterController(WorkCatalog catalog, AdultContentGate gate) {
    this.catalog = catalog;
    this.gate = gate;
  }

  @GetMapping("/works/{id}/chapters/{chapterId}")
  String show(
      @PathVariable long id, @PathVariable long chapterId, HttpServletRequest request, Model model) {
    WorkDetails work = WorkController.find(catalog, id);
    ChapterText chapter = work.chapter(chapterId)
        .orElseThrow(() -> WorkController.notFound("Work " + id + " has no chapter " + chapterId + "."));
    model.addAttribute("work", work);
    if (gate.mustAsk(work.summary().rating(), request)) {
      model.addAttribute("continueUrl", gate.continueUrl(request));
      return "works/adult";
    }
    model.addAttribute("chapter", chapter);
    model.addAttribute("previous", work.previous(chapter).orElse(null));
    model.addAttribute("next", work.next(chapter).orElse(null));
    return "works/chapter";
  }
}
