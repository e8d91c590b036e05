package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.posting.PostingRefusedException;
import dev.quire.posting.WorkPosting;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adding, revising, reordering and deleting a work's chapters. */
@Controller
class ChapterEditController {

  private final WorkPosting posting;

  ChapterEditController(WorkPosting posting) {
    this.posting = posting;
  }

  @GetMapping("/works/{id}/chapters/new")
  String newChapter(Viewer viewer, @PathVariable long id, Model model) {
    posting.chapters(viewer, id);
    return form(id, null, ChapterForm.empty(), Map.of(), model);
  }

  @PostMapping("/works/{id}/chapters")
  String add(Viewer viewer, @PathVariable long id, @ModelAttribute ChapterForm form, Model model,
      HttpServletResponse response) {
    try {
      long chapterId = posting.addChapter(viewer, id, form.chapter());
      return "redirect:/works/" + id + "/chapters/" + chapterId;
    } catch (PostingRefusedException refused) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return form(id, null, form, ChapterForm.byField(refused.problems()), model);
    }
  }

  @GetMapping("/works/{id}/chapters/{chapterId}/edit")
  String edit(Viewer viewer, @PathVariable long id, @PathVariable long chapterId, Model model) {
    return form(id, chapterId, ChapterForm.of(posting.chapter(viewer, id, chapterId)), Map.of(), model);
  }

  @PostMapping("/works/{id}/chapters/{chapterId}")
  String revise(Viewer viewer, @PathVariable long id, @PathVariable long chapterId,
      @ModelAttribute ChapterForm form, Model model, HttpServletResponse response) {
    try {
      posting.reviseChapter(viewer, id, chapterId, form.chapter());
      return "redirect:/works/" + id + "/chapters/" + chapterId;
    } catch (PostingRefusedException refused) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return form(id, chapterId, form, ChapterForm.byField(refused.problems()), model);
    }
  }

  @PostMapping("/works/{id}/chapters/{chapterId}/delete")
  String delete(Viewer viewer, @PathVariable long id, @PathVariable long chapterId) {
    posting.deleteChapter(viewer, id, chapterId);
    return "redirect:/works/" + id + "/chapters/manage";
  }

  @GetMapping("/works/{id}/chapters/manage")
  String manage(Viewer viewer, @PathVariable long id, Model model) {
    model.addAttribute("workId", id);
    model.addAttribute("title", posting.fields(viewer, id).title());
    model.addAttribute("chapters", posting.chapters(viewer, id));
    return "works/chapters";
  }

  /**
   * A new order as the manage page sends it: each chapter's id with the position typed beside it.
   * Chapters keep their order among equal positions.
   */
  @PostMapping("/works/{id}/chapters/order")
  String order(Viewer viewer, @PathVariable long id, @RequestParam List<Long> chapter,
      @RequestParam List<String> position) {
    if (chapter.size() != position.size()) {
      throw new PostingRefusedException(Map.of("chapters", "Give each chapter a position."));
    }
    List<Integer> order = new ArrayList<>(IntStream.range(0, chapter.size()).boxed().toList());
    order.sort(Comparator.comparingInt(i -> positionOf(position.get(i), i)));
    posting.reorderChapters(viewer, id, order.stream().map(chapter::get).toList());
    return "redirect:/works/" + id + "/chapters/manage";
  }

  private static int positionOf(String typed, int index) {
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      return index + 1;
    }
  }

  private static String form(long workId, Long chapterId, ChapterForm form, Map<String, String> problems,
      Model model) {
    model.addAttribute("workId", workId);
    model.addAttribute("chapterId", chapterId);
    model.addAttribute("pageTitle", chapterId == null ? "Post New Chapter" : "Edit Chapter");
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    return "works/chapter_form";
  }
}
