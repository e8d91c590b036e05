package dev.quire.comment.web;

import dev.quire.account.Viewer;
import dev.quire.comment.CommentThread;
import dev.quire.comment.Comments.CommentForm;
import dev.quire.comment.Comments.Posted;
import dev.quire.comment.Comments;
import dev.quire.comment.InvalidCommentException;
import dev.quire.comment.ThreadedComment;
import dev.quire.comment.WorkComments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reading and writing comments: a work's comments a page of threads at a time
 * ({@code /works/{id}/comments}, one chapter's with {@code ?chapter=}), a comment's own page with
 * its thread ({@code /comments/{id}}, AO3's "Continue this thread"), a new comment and a reply. A
 * form with problems comes back with them beside its fields (422) and what was written kept.
 */
@Controller
class CommentController {

  private final Comments comments;

  CommentController(Comments comments) {
    this.comments = comments;
  }

  @GetMapping("/works/{id}/comments")
  String onWork(@PathVariable long id, @RequestParam(required = false) Long chapter,
      @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String held, Viewer viewer,
      Model model, HttpServletRequest request) {
    model.addAttribute("held", held != null);
    return workPage(id, chapter, page, blank(chapter), viewer, model, request);
  }

  @PostMapping("/works/{id}/comments")
  String post(@PathVariable long id, @RequestParam(defaultValue = "") String body,
      @RequestParam(required = false) Long chapterId, @RequestParam(required = false) String name,
      @RequestParam(required = false) String email, Viewer viewer, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CommentForm form = new CommentForm(body, null, chapterId, name, email);
    try {
      return posted(comments.post(viewer, id, form, request.getRemoteAddr()));
    } catch (InvalidCommentException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problems", invalid.problems());
      model.addAttribute("held", false);
      return workPage(id, null, 1, form, viewer, model, request);
    }
  }

  @GetMapping("/comments/{id}")
  String thread(@PathVariable long id, Viewer viewer, Model model, HttpServletRequest request) {
    return threadPage(id, blank(null), viewer, model, request);
  }

  @PostMapping("/comments/{id}/replies")
  String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body,
      @RequestParam(required = false) String name, @RequestParam(required = false) String email, Viewer viewer,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    CommentForm form = new CommentForm(body, id, null, name, email);
    try {
      return posted(comments.reply(viewer, id, form, request.getRemoteAddr()));
    } catch (InvalidCommentException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("problems", invalid.problems());
      return threadPage(id, form, viewer, model, request);
    }
  }

  /** A shown comment on its own page; a held one, which a guest could not open again, said to be received. */
  private static String posted(Posted posted) {
    return posted.held() ? "redirect:/works/" + posted.workId() + "/comments?held"
        : "redirect:/comments/" + posted.id() + "#comment_" + posted.id();
  }

  private String workPage(long id, Long chapter, int page, CommentForm form, Viewer viewer, Model model,
      HttpServletRequest request) {
    WorkComments shown = comments.onWork(viewer, id, chapter, page);
    model.addAttribute("comments", shown);
    model.addAttribute("commentMarkup", markup(shown.threads(), request));
    model.addAttribute("form", form);
    model.addAttribute("guest", viewer.isGuest());
    return "comments/work";
  }

  private String threadPage(long id, CommentForm form, Viewer viewer, Model model, HttpServletRequest request) {
    CommentThread thread = comments.thread(viewer, id);
    model.addAttribute("thread", thread);
    model.addAttribute("commentMarkup", markup(List.of(thread.comment()), request));
    model.addAttribute("form", form);
    model.addAttribute("guest", viewer.isGuest());
    return "comments/thread";
  }

  private static String markup(List<ThreadedComment> shown, HttpServletRequest request) {
    return CommentMarkup.of(shown, request.getContextPath(),
        (CsrfToken) request.getAttribute(CsrfToken.class.getName()), LocaleContextHolder.getLocale());
  }

  private static CommentForm blank(Long chapterId) {
    return new CommentForm("", null, chapterId, "", "");
  }
}
