package dev.quire.subscription.web;

import dev.quire.account.Viewer;
import dev.quire.platform.PageNumber;
import dev.quire.subscription.Inbox;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/inbox}: what the logged-in account's subscriptions brought, newest first, 20 a
 * page; "Mark all as read" and one notice at a time. Only logged-in visitors come here.
 */
@Controller
class InboxController {

  private final Inbox inbox;

  InboxController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping("/account/inbox")
  String show(@RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
    model.addAttribute("inbox", inbox.page(viewer, PageNumber.orFirst(page)));
    return "subscriptions/inbox";
  }

  @PostMapping("/account/inbox/seen")
  String seen(@RequestParam(name = "id", required = false) List<Long> ids, Viewer viewer) {
    inbox.markSeen(viewer, ids == null ? List.of() : ids);
    return "redirect:/account/inbox?seen";
  }
}
