package dev.quire.account.web;

import dev.quire.account.AccountAction;
import dev.quire.account.AccountClosing;
import dev.quire.account.AccountClosure;
import dev.quire.account.AccountPolicy;
import dev.quire.account.FormProblems;
import dev.quire.account.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/delete}: a person deletes their own account, with their password and a
 * confirmation, and chooses whether their works are orphaned or deleted. They are logged out here
 * and everywhere else.
 */
@Controller
class DeleteAccountController {

  private final AccountClosure closure;
  private final AccountPolicy policy;

  DeleteAccountController(AccountClosure closure, AccountPolicy policy) {
    this.closure = closure;
    this.policy = policy;
  }

  @GetMapping("/account/delete")
  String form(Viewer viewer) {
    policy.check(viewer, AccountAction.MANAGE_OWN);
    return "users/delete";
  }

  @PostMapping("/account/delete")
  String delete(@RequestParam(required = false) String works, @RequestParam(required = false) String password,
      @RequestParam(required = false) String confirm, Viewer viewer, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    policy.check(viewer, AccountAction.MANAGE_OWN);
    AccountClosing.WorksChoice choice = Arrays.stream(AccountClosing.WorksChoice.values())
        .filter(c -> c.name().equals(works))
        .findFirst().orElse(null);
    model.addAttribute("works", choice == null ? null : choice.name());
    if (!"yes".equals(confirm)) {
      return Rejected.form("users/delete",
          FormProblems.of("confirm", "Please tick the box to confirm that you mean to delete your account."),
          model, response);
    }
    FormProblems problems = closure.close(viewer, password, choice);
    if (!problems.isEmpty()) {
      return Rejected.form("users/delete", problems, model, response);
    }
    new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    return new Notice("Account deleted", "Your account " + viewer.userName() + " has been deleted, and you are"
        + " logged out. Thank you for writing here.", "/", "Back to the archive")
        .show(model, response, HttpStatus.OK.value());
  }
}
