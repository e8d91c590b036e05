package dev.quire.account.web;

import dev.quire.account.FormProblems;
import dev.quire.account.InvitationQueue;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /invite_requests}: anyone puts an address in the invitation queue, as on AO3. */
@Controller
class InviteRequestController {

  private final InvitationQueue queue;

  InviteRequestController(InvitationQueue queue) {
    this.queue = queue;
  }

  @GetMapping("/invite_requests")
  String form(Model model) {
    model.addAttribute("open", queue.isOpen());
    model.addAttribute("waiting", queue.waitingCount());
    return "users/invite_request";
  }

  @PostMapping("/invite_requests")
  String request(@RequestParam(required = false) String email, Model model, HttpServletResponse response) {
    FormProblems problems = queue.request(email);
    if (!problems.isEmpty()) {
      form(model);
      model.addAttribute("email", email);
      return Rejected.form("users/invite_request", problems, model, response);
    }
    return new Notice("You are in the queue",
        "We will mail an invitation to that address when it is its turn. It opens one account.",
        "/", "Back to the archive").show(model, response, HttpStatus.OK.value());
  }
}
