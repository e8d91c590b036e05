package dev.quire.account.web;

import dev.quire.account.FormProblems;
import dev.quire.account.Passwords;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password, at AO3's addresses: {@code /users/password/new} asks for the address and
 * always answers the same; the mailed link opens {@code /users/password/edit}, where a new password
 * is chosen once. A used or expired link answers 410 and changes nothing.
 */
@Controller
class PasswordResetController {

  private final Passwords passwords;

  PasswordResetController(Passwords passwords) {
    this.passwords = passwords;
  }

  @GetMapping("/users/password/new")
  String form() {
    return "users/password_new";
  }

  @PostMapping("/users/password")
  String request(@RequestParam(required = false) String email, Model model, HttpServletResponse response) {
    FormProblems problems = passwords.requestReset(email);
    if (!problems.isEmpty()) {
      model.addAttribute("email", email);
      return Rejected.form("users/password_new", problems, model, response);
    }
    return new Notice("Check your mail",
        "If that address has an account, a link to choose a new password is on its way to it.",
        "/", "Back to the archive").show(model, response, HttpStatus.OK.value());
  }

  @GetMapping("/users/password/edit")
  String edit(@RequestParam(name = "reset_password_token", required = false) String token, Model model,
      HttpServletResponse response) {
    if (!passwords.resetLinkWorks(token)) {
      return expired(model, response);
    }
    model.addAttribute("token", token);
    return "users/password_edit";
  }

  @PostMapping("/users/password/edit")
  String reset(@RequestParam(name = "reset_password_token", required = false) String token,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirmation, Model model, HttpServletResponse response) {
    FormProblems problems = passwords.reset(token, password, passwordConfirmation);
    if (problems.message("token") != null) {
      return expired(model, response);
    }
    if (!problems.isEmpty()) {
      model.addAttribute("token", token);
      return Rejected.form("users/password_edit", problems, model, response);
    }
    return new Notice("Password set", "Your new password is set. Please log in with it.",
        "/users/login", "Log in").show(model, response, HttpStatus.OK.value());
  }

  private static String expired(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.GONE.value());
    model.addAttribute("expired", true);
    return "users/password_new";
  }
}
