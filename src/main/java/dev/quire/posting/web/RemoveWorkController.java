package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.posting.WorkPosting;
import dev.quire.work.WorkAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Deleting a work and orphaning it, each after a page that asks to confirm. */
@Controller
class RemoveWorkController {

  private final WorkPosting posting;

  RemoveWorkController(WorkPosting posting) {
    this.posting = posting;
  }

  @GetMapping("/works/{id}/confirm_delete")
  String confirmDelete(Viewer viewer, @PathVariable long id, Model model) {
    model.addAttribute("workId", id);
    model.addAttribute("title", posting.titleToConfirm(viewer, id, WorkAction.DELETE));
    return "works/confirm_delete";
  }

  @PostMapping("/works/{id}/delete")
  String delete(Viewer viewer, @PathVariable long id) {
    posting.delete(viewer, id);
    return "redirect:/users/" + viewer.userName() + "/works/drafts?deleted=" + id;
  }

  @GetMapping("/works/{id}/orphan")
  String confirmOrphan(Viewer viewer, @PathVariable long id, Model model) {
    model.addAttribute("workId", id);
    model.addAttribute("title", posting.titleToConfirm(viewer, id, WorkAction.ORPHAN));
    return "works/orphan";
  }

  @PostMapping("/works/{id}/orphan")
  String orphan(Viewer viewer, @PathVariable long id,
      @RequestParam(name = "keepPseud", defaultValue = "false") boolean keepPseud) {
    posting.orphan(viewer, id, keepPseud);
    return "redirect:/works/" + id;
  }
}
