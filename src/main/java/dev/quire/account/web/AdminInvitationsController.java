package dev.quire.account.web;

import dev.quire.account.InvitationQueue;
import dev.quire.account.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/invitations}: an admin reads the invitation queue and invites the next ones. */
@Controller
class AdminInvitationsController {

  private static final int SHOWN = 100;

  private final InvitationQueue queue;

  AdminInvitationsController(InvitationQueue queue) {
    this.queue = queue;
  }

  @GetMapping("/admin/invitations")
  String queue(@RequestParam(required = false) Integer sent, Viewer viewer, Model model) {
    model.addAttribute("queue", queue.waiting(viewer, SHOWN));
    model.addAttribute("waiting", queue.waitingCount());
    model.addAttribute("open", queue.isOpen());
    model.addAttribute("max", InvitationQueue.MAX_AT_ONCE);
    model.addAttribute("count", 10);
    model.addAttribute("sent", sent);
    return "admin/invitations";
  }

  @PostMapping("/admin/invitations")
  String invite(@RequestParam(required = false) String count, Viewer viewer, Model model,
      HttpServletResponse response) {
    int n;
    try {
      n = Integer.parseInt(count == null ? "" : count.strip());
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > InvitationQueue.MAX_AT_ONCE) {
      queue(null, viewer, model);
      model.addAttribute("count", count);
      model.addAttribute("problem", "Please invite 1 to " + InvitationQueue.MAX_AT_ONCE + " at a time.");
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return "admin/invitations";
    }
    return "redirect:/admin/invitations?sent=" + queue.inviteNext(viewer, n);
  }
}
