package dev.quire.account.web;

import dev.quire.account.FormProblems;
import dev.quire.account.Registrar;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Confirming an address: the link in the confirmation mail, and a form to have it sent again,
 * which answers the same whether or not the address has an account.
 */
@Controller
class ConfirmationController {

  private final Registrar registrar;

  ConfirmationController(Registrar registrar) {
    this.registrar = registrar;
  }

  @GetMapping("/users/confirmation")
  String confirm(@RequestParam(name = "confirmation_token", required = false) String token, Model model,
      HttpServletResponse response) {
    if (!registrar.confirm(token)) {
      response.setStatus(HttpStatus.GONE.value());
      model.addAttribute("expired", true);
      return "users/confirmation_new";
    }
    return new Notice("Address confirmed", "Your address is confirmed. You can log in now.",
        "/users/login", "Log in").show(model, response, HttpStatus.OK.value());
  }

  @GetMapping("/users/confirmation/new")
  String form() {
    return "users/confirmation_new";
  }

  @PostMapping("/users/confirmation")
  String resend(@RequestParam(required = false) String email, Model model, HttpServletResponse response) {
    FormProblems problems = registrar.resendConfirmation(email);
    if (!problems.isEmpty()) {
      model.addAttribute("email", email);
      return Rejected.form("users/confirmation_new", problems, model, response);
    }
    return new Notice("Check your mail",
        "If that address has an account that is not confirmed yet, a new link is on its way to it.",
        "/", "Back to the archive").show(model, response, HttpStatus.OK.value());
  }
}
