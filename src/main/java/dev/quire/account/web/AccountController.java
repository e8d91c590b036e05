package dev.quire.account.web;

import dev.quire.account.Account;
import dev.quire.account.AccountAction;
import dev.quire.account.AccountPolicy;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The logged-in person's own account: who they are, and the way to everything they manage. */
@Controller
class AccountController {

  private final AccountRepository accounts;
  private final AccountPolicy policy;

  AccountController(AccountRepository accounts, AccountPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  /** Only logged-in viewers reach this (see SecurityConfiguration); others are sent to log in. */
  @GetMapping("/account")
  String show(Viewer viewer, Model model) {
    Account account = accounts.findById(viewer.accountId()).orElseThrow();
    model.addAttribute("account", account);
    model.addAttribute("roles", account.getRoles().stream().sorted().map(role -> role.key()).toList());
    model.addAttribute("findsAccounts", policy.may(viewer, AccountAction.FIND_ACCOUNTS));
    model.addAttribute("changesSettings", policy.may(viewer, AccountAction.CHANGE_SETTINGS));
    return "account/show";
  }
}
