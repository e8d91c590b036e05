package dev.quire.account.web;

import dev.quire.account.FormProblems;
import dev.quire.account.Registrar;
import dev.quire.account.SignUp;
import dev.quire.account.SignUpMode;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up as on AO3: {@code /signup} shows the form when the archive is open (or the visitor holds
 * an invitation), says so when it is closed, and points to the invitation queue when it is by
 * invitation. A form with problems comes back with each one beside its field and status 422.
 */
@Controller
class SignUpController {

  private final Registrar registrar;

  SignUpController(Registrar registrar) {
    this.registrar = registrar;
  }

  @GetMapping("/signup")
  String form(@RequestParam(name = "invitation_token", required = false) String invitation, Model model,
      HttpServletResponse response) {
    if (!door(invitation, model, response)) {
      return "users/signup";
    }
    model.addAttribute("form", SignUp.blank());
    return "users/signup";
  }

  @PostMapping("/signup")
  String signUp(SignUp form, @RequestParam(name = "invitation_token", required = false) String invitation,
      Model model, HttpServletResponse response) {
    if (!door(invitation, model, response)) {
      if (response.getStatus() == HttpStatus.OK.value()) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
      }
      return "users/signup";
    }
    FormProblems problems = registrar.signUp(form, invitation);
    if (!problems.isEmpty()) {
      model.addAttribute("form", form.withoutPasswords());
      return Rejected.form("users/signup", problems, model, response);
    }
    return "redirect:/signup/sent";
  }

  /** Two sign-ups for one name at once: the database's unique key lets one through. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  String raced(Model model, HttpServletResponse response) {
    return new Notice("Please try again", "That user name was taken a moment ago. Nothing was saved for you.",
        "/signup", "Back to sign-up").show(model, response, HttpStatus.CONFLICT.value());
  }

  @GetMapping("/signup/sent")
  String sent(Model model, HttpServletResponse response) {
    return new Notice("Check your mail",
        "If that address can take mail, a link to confirm it is on its way. Follow it, then log in.",
        "/users/confirmation/new", "No mail after a while? Ask for a new link.")
        .show(model, response, HttpStatus.OK.value());
  }

  /**
   * Whether the form may be shown; if not, says why in the model ({@code door}) and sets the
   * status: closed or no invitation 200 on a GET, a used or expired invitation 410.
   */
  private boolean door(String invitation, Model model, HttpServletResponse response) {
    SignUpMode mode = registrar.mode();
    if (mode == SignUpMode.CLOSED) {
      model.addAttribute("door", "closed");
      return false;
    }
    if (mode == SignUpMode.INVITATION) {
      if (invitation == null || invitation.isEmpty()) {
        model.addAttribute("door", "invitation-needed");
        return false;
      }
      if (registrar.invitation(invitation).isEmpty()) {
        model.addAttribute("door", "invitation-gone");
        response.setStatus(HttpStatus.GONE.value());
        return false;
      }
      model.addAttribute("invitation", invitation);
    }
    model.addAttribute("door", "open");
    return true;
  }
}
