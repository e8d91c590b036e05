package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.posting.Drafts;
import dev.quire.posting.PostingRefusedException;
import dev.quire.posting.WorkPosting;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Editing a work's fields and tags, and posting a draft. Who may is {@link WorkPosting}'s to say. */
@Controller
class EditWorkController {

  private final WorkPosting posting;
  private final Drafts drafts;
  private final WorkFormPage page;

  EditWorkController(WorkPosting posting, Drafts drafts, WorkFormPage page) {
    this.posting = posting;
    this.drafts = drafts;
    this.page = page;
  }

  @GetMapping("/works/{id}/edit")
  String form(Viewer viewer, @PathVariable long id, Model model) {
    WorkForm form = WorkForm.of(posting.fields(viewer, id));
    model.addAttribute("draft", drafts.isDraft(viewer, id));
    return page.show(viewer, form, id, model);
  }

  @PostMapping("/works/{id}")
  String update(Viewer viewer, @PathVariable long id, @ModelAttribute WorkForm form, Model model,
      HttpServletResponse response) {
    model.addAttribute("draft", drafts.isDraft(viewer, id));
    if (!form.unreadable().isEmpty()) {
      posting.fields(viewer, id);
      return page.refused(viewer, form, id, form.unreadable(), model, response);
    }
    try {
      posting.update(viewer, id, form.fields());
    } catch (PostingRefusedException refused) {
      return page.refused(viewer, form, id, refused.problems(), model, response);
    }
    return drafts.isDraft(viewer, id) ? "redirect:/works/" + id + "/edit?saved=draft" : "redirect:/works/" + id;
  }

  @PostMapping("/works/{id}/publish")
  String publish(Viewer viewer, @PathVariable long id) {
    posting.publish(viewer, id);
    return "redirect:/works/" + id;
  }
}
