package dev.quire.account.web;

import dev.quire.account.AccountAction;
import dev.quire.account.AccountPolicy;
import dev.quire.account.Viewer;
import dev.quire.mail.OutboxRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/outbox}: the mail the archive kept because no mail server is set, for an admin to
 * read (and pass on a confirmation or reset link by hand). Lives with accounts, not with mail,
 * because the account policy decides who reads it.
 */
@Controller
class OutboxController {

  private final OutboxRepository outbox;
  private final AccountPolicy policy;

  OutboxController(OutboxRepository outbox, AccountPolicy policy) {
    this.outbox = outbox;
    this.policy = policy;
  }

  @GetMapping("/admin/outbox")
  String outbox(Viewer viewer, Model model) {
    policy.check(viewer, AccountAction.READ_OUTBOX);
    model.addAttribute("letters", outbox.findTop100ByOrderByIdDesc());
    return "admin/outbox";
  }
}
