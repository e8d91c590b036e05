package dev.quire.account.web;

import dev.quire.account.AccountDirectory;
import dev.quire.account.Role;
import dev.quire.account.RoleChanges;
import dev.quire.account.Suspensions;
import dev.quire.account.Viewer;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/users}: moderators and admins find accounts by user name and suspend them or lift
 * a suspension; admins also grant and take back roles. Each change goes back to the list, found by
 * the changed account's name.
 */
@Controller
class AdminUsersController {

  private final AccountDirectory directory;
  private final Suspensions suspensions;
  private final RoleChanges roles;

  AdminUsersController(AccountDirectory directory, Suspensions suspensions, RoleChanges roles) {
    this.directory = directory;
    this.suspensions = suspensions;
    this.roles = roles;
  }

  @GetMapping("/admin/users")
  String find(@RequestParam(required = false) String name, Viewer viewer, Model model) {
    model.addAttribute("accounts", directory.find(viewer, name));
    model.addAttribute("name", name);
    model.addAttribute("roles", Role.values());
    return "admin/users";
  }

  @PostMapping("/admin/users/{user}/suspend")
  String suspend(@PathVariable String user, Viewer viewer) {
    suspensions.suspend(viewer, user, true);
    return "redirect:/admin/users?name={user}";
  }

  @PostMapping("/admin/users/{user}/unsuspend")
  String unsuspend(@PathVariable String user, Viewer viewer) {
    suspensions.suspend(viewer, user, false);
    return "redirect:/admin/users?name={user}";
  }

  /** The form's checkboxes are the roles the account is to hold: those not ticked are taken back. */
  @PostMapping("/admin/users/{user}/roles")
  String changeRoles(@PathVariable String user, @RequestParam(name = "role", required = false) List<String> ticked,
      Viewer viewer) {
    EnumSet<Role> grant = EnumSet.noneOf(Role.class);
    try {
      for (String key : ticked == null ? List.<String>of() : ticked) {
        grant.add(Role.ofKey(key));
      }
    } catch (IllegalArgumentException unknown) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, unknown.getMessage());
    }
    roles.apply(viewer, user, grant, EnumSet.complementOf(grant));
    return "redirect:/admin/users?name={user}";
  }
}
