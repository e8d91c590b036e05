package dev.quire.account.web;

import dev.quire.account.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * AO3's log-in and log-out pages. Spring Security checks the form ({@code POST /users/login}) and
 * logs out ({@code POST /users/logout}); these pages only show the forms and why a log-in failed.
 */
@Controller
class LogInController {

  @GetMapping("/users/login")
  String logIn(Viewer viewer, Model model,
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String suspended,
      @RequestParam(required = false) String unconfirmed,
      @RequestParam(required = false) Long wait) {
    if (!viewer.isGuest()) {
      return "redirect:/account";
    }
    model.addAttribute("failed", error != null);
    model.addAttribute("suspended", suspended != null);
    model.addAttribute("unconfirmed", unconfirmed != null);
    model.addAttribute("waitMinutes", wait == null ? null : Math.max(1, wait));
    return "users/login";
  }

  /** AO3's log-out link leads here, to a button: a log-out changes state, so it is a POST. */
  @GetMapping("/users/logout")
  String logOut(Viewer viewer) {
    return viewer.isGuest() ? "redirect:/" : "users/logout";
  }
}
