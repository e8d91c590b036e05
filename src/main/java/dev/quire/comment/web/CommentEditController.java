package dev.quire.comment.web;

import dev.quire.account.Viewer;
import dev.quire.comment.Comments;
import dev.quire.comment.InvalidCommentException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A commenter edits their own comment; they, or the work's creators, delete one. */
@Controller
class CommentEditController {

  private final Comments comments;

  CommentEditController(Comments comments) {
    this.comments = comments;
  }

  @GetMapping("/comments/{id}/edit")
  String form(@PathVariable long id, Viewer viewer, Model model) {
    Comments.EditableComment comment = comments.editable(viewer, id);
    model.addAttribute("comment", comment);
    model.addAttribute("body", comment.body());
    return "comments/edit";
  }

  @PostMapping("/comments/{id}")
  String edit(@PathVariable long id, @RequestParam(defaultValue = "") String body, Viewer viewer, Model model,
      HttpServletResponse response) {
    try {
      comments.edit(viewer, id, body);
      return "redirect:/comments/" + id + "#comment_" + id;
    } catch (InvalidCommentException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("comment", comments.editable(viewer, id));
      model.addAttribute("body", body);
      model.addAttribute("problems", invalid.problems());
      return "comments/edit";
    }
  }

  @PostMapping("/comments/{id}/delete")
  String delete(@PathVariable long id, Viewer viewer) {
    return "redirect:/works/" + comments.delete(viewer, id) + "/comments";
  }
}
