package dev.quire.comment.web;

import dev.quire.account.Viewer;
import dev.quire.comment.CommentModeration;
import dev.quire.work.CommentPermission;
import dev.quire.work.CommentSettings;
import dev.quire.work.CommentableWork;
import dev.quire.work.WorkNotFoundException;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Keeping a work's comments: its creators approve held comments and freeze threads, moderators
 * hide comments, and whoever edits the work chooses who may comment and whether comments are
 * moderated ({@code /works/{id}/comment_settings}). Each button leads back to the comment's page.
 */
@Controller
class CommentModerationController {

  private final CommentModeration moderation;
  private final CommentSettings settings;

  CommentModerationController(CommentModeration moderation, CommentSettings settings) {
    this.moderation = moderation;
    this.settings = settings;
  }

  @PostMapping("/comments/{id}/approve")
  String approve(@PathVariable long id, Viewer viewer) {
    moderation.approve(viewer, id);
    return back(id);
  }

  @PostMapping("/comments/{id}/freeze")
  String freeze(@PathVariable long id, Viewer viewer) {
    moderation.freeze(viewer, id, true);
    return back(id);
  }

  @PostMapping("/comments/{id}/unfreeze")
  String unfreeze(@PathVariable long id, Viewer viewer) {
    moderation.freeze(viewer, id, false);
    return back(id);
  }

  @PostMapping("/comments/{id}/hide")
  String hide(@PathVariable long id, Viewer viewer) {
    moderation.hide(viewer, id, true);
    return back(id);
  }

  @PostMapping("/comments/{id}/unhide")
  String unhide(@PathVariable long id, Viewer viewer) {
    moderation.hide(viewer, id, false);
    return back(id);
  }

  @GetMapping("/works/{id}/comment_settings")
  String settings(@PathVariable long id, @RequestParam(required = false) String saved, Viewer viewer, Model model) {
    model.addAttribute("work", editable(viewer, id));
    model.addAttribute("permissions", CommentPermission.values());
    model.addAttribute("saved", saved != null);
    return "comments/settings";
  }

  @PostMapping("/works/{id}/comment_settings")
  String change(@PathVariable long id, @RequestParam(defaultValue = "") String permission,
      @RequestParam(defaultValue = "false") boolean moderated, Viewer viewer) {
    editable(viewer, id);
    CommentPermission chosen = Arrays.stream(CommentPermission.values())
        .filter(p -> p.name().equalsIgnoreCase(permission.strip())).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "Choose who may comment: everyone, registered users, or no one."));
    settings.change(viewer, id, chosen, moderated);
    return "redirect:/works/" + id + "/comment_settings?saved";
  }

  private CommentableWork editable(Viewer viewer, long id) {
    CommentableWork work = settings.commentable(viewer, id).orElseThrow(() -> new WorkNotFoundException(id));
    if (!work.settingsEditable()) {
      throw new AccessDeniedException("Only the work's editors change who may comment on it.");
    }
    return work;
  }

  private static String back(long id) {
    return "redirect:/comments/" + id + "#comment_" + id;
  }
}
