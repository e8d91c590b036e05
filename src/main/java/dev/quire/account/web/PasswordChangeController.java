package dev.quire.account.web;

import dev.quire.account.AccountAction;
import dev.quire.account.AccountPolicy;
import dev.quire.account.FormProblems;
import dev.quire.account.Passwords;
import dev.quire.account.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /account/password}: a logged-in person changes their password, the current one given. */
@Controller
class PasswordChangeController {

  private final Passwords passwords;
  private final AccountPolicy policy;

  PasswordChangeController(Passwords passwords, AccountPolicy policy) {
    this.passwords = passwords;
    this.policy = policy;
  }

  @GetMapping("/account/password")
  String form(@RequestParam(required = false) String changed, Viewer viewer, Model model) {
    policy.check(viewer, AccountAction.MANAGE_OWN);
    model.addAttribute("changed", changed != null);
    return "users/password_change";
  }

  @PostMapping("/account/password")
  String change(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirmation, Viewer viewer, Model model,
      HttpServletResponse response) {
    policy.check(viewer, AccountAction.MANAGE_OWN);
    FormProblems problems = passwords.change(viewer, current, password, passwordConfirmation);
    if (!problems.isEmpty()) {
      return Rejected.form("users/password_change", problems, model, response);
    }
    return "redirect:/account/password?changed";
  }
}
