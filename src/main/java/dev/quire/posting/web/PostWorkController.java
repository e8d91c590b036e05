package dev.quire.posting.web;

import dev.quire.account.Viewer;
import dev.quire.posting.Drafts;
import dev.quire.posting.PostingRefusedException;
import dev.quire.posting.WorkPosting;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Post New Work": the form, its preview and tag suggestions, posting or saving as a draft, and the
 * list of one's drafts. Any account that may write posts; the rules and the saving are
 * {@link WorkPosting}'s.
 */
@Controller
class PostWorkController {

  private final WorkPosting posting;
  private final Drafts drafts;
  private final WorkFormPage page;

  PostWorkController(WorkPosting posting, Drafts drafts, WorkFormPage page) {
    this.posting = posting;
    this.drafts = drafts;
    this.page = page;
  }

  @GetMapping("/works/new")
  String form(Viewer viewer, Model model) {
    requireWriter(viewer);
    return page.show(viewer, WorkForm.empty(), null, model);
  }

  /**
   * One form, four buttons: {@code preview} and {@code suggest} show the form again (with the text
   * as it would be stored, or with Quire's tag suggestions); {@code draft} and {@code post} save.
   * {@code add} takes a suggested tag ({@code fandoms:Name}) into its field.
   */
  @PostMapping("/works")
  String post(Viewer viewer, @ModelAttribute WorkForm form,
      @RequestParam(defaultValue = "post") String action, @RequestParam(required = false) String add,
      Model model, HttpServletResponse response) {
    requireWriter(viewer);
    if (add != null) {
      return page.suggest(viewer, page.withSuggested(form, add), null, model);
    }
    switch (action) {
      case "preview" -> {
        return page.preview(viewer, form, model, response);
      }
      case "suggest" -> {
        return page.suggest(viewer, form, null, model);
      }
      case "draft", "post" -> {
        if (!form.unreadable().isEmpty()) {
          return page.refused(viewer, form, null, form.unreadable(), model, response);
        }
        try {
          long id = posting.post(viewer, form.newWork(action.equals("draft")));
          return action.equals("draft") ? "redirect:/works/" + id + "/edit?saved=draft" : "redirect:/works/" + id;
        } catch (PostingRefusedException refused) {
          return page.refused(viewer, form, null, refused.problems(), model, response);
        }
      }
      default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such action: " + action + ".");
    }
  }

  /** The viewer's own drafts; nobody else's are listed, whoever asks. */
  @GetMapping("/users/{user}/works/drafts")
  String drafts(Viewer viewer, @PathVariable String user, Model model) {
    requireWriter(viewer);
    if (!user.equals(viewer.userName())) {
      throw new AccessDeniedException("You can only see your own drafts.");
    }
    model.addAttribute("drafts", drafts.of(viewer));
    return "works/drafts";
  }

  static void requireWriter(Viewer viewer) {
    if (!viewer.mayWrite()) {
      throw new AccessDeniedException("Log in to post works.");
    }
  }
}
