package dev.quire.subscription.web;

import dev.quire.account.SuspendedAccountException;
import dev.quire.account.Viewer;
import dev.quire.subscription.DeliveryChoices;
import dev.quire.subscription.MailChoice;
import dev.quire.subscription.SubscriptionRefusedException;
import dev.quire.subscription.SubscriptionTarget;
import dev.quire.subscription.Subscriptions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * {@code /account/subscriptions}: the logged-in account's subscriptions, how it hears of their news
 * by mail, and its private feeds' address; and the Subscribe and Unsubscribe buttons of work, series,
 * user and search pages ({@code POST /subscriptions}, {@code POST /subscriptions/{id}/delete}),
 * which return to the page they were pressed on. A refused subscription shows this page with why,
 * and its status. The security chain lets only logged-in visitors post here.
 */
@Controller
class SubscriptionController {

  private final Subscriptions subscriptions;
  private final DeliveryChoices choices;

  SubscriptionController(Subscriptions subscriptions, DeliveryChoices choices) {
    this.subscriptions = subscriptions;
    this.choices = choices;
  }

  @GetMapping("/account/subscriptions")
  String list(Viewer viewer, Model model) {
    return page(viewer, model);
  }

  @PostMapping("/subscriptions")
  String subscribe(@RequestParam(required = false) Long workId, @RequestParam(required = false) String user,
      @RequestParam(required = false) Long seriesId, @RequestParam(required = false) String query, Viewer viewer,
      Model model, HttpServletResponse response) {
    SubscriptionTarget target = new SubscriptionTarget(workId, user, seriesId, query);
    try {
      subscriptions.subscribe(viewer, target);
    } catch (SubscriptionRefusedException | SuspendedAccountException refused) {
      response.setStatus(refused.getStatusCode().value());
      model.addAttribute("problem", refused.getReason());
      return page(viewer, model);
    }
    return "redirect:" + back(target) + "subscribed";
  }

  @PostMapping("/subscriptions/{id}/delete")
  String unsubscribe(@PathVariable long id, @RequestParam(required = false) Long workId,
      @RequestParam(required = false) String user, @RequestParam(required = false) Long seriesId,
      @RequestParam(required = false) String query, Viewer viewer) {
    subscriptions.unsubscribe(viewer, id);
    SubscriptionTarget target = new SubscriptionTarget(workId, user, seriesId, query);
    return "redirect:" + (target.workId() == null && target.user() == null && target.seriesId() == null
        && target.query() == null ? "/account/subscriptions?" : back(target)) + "unsubscribed";
  }

  @PostMapping("/account/subscriptions/mail")
  String mail(@RequestParam(defaultValue = "IMMEDIATE") String choice, Viewer viewer) {
    MailChoice chosen;
    try {
      chosen = MailChoice.valueOf(choice);
    } catch (IllegalArgumentException unknown) {
      chosen = MailChoice.IMMEDIATE;
    }
    choices.chooseMail(viewer, chosen);
    return "redirect:/account/subscriptions?mail";
  }

  /** Makes a new private feed address and shows it, once; the old one answers no one from now on. */
  @PostMapping("/account/subscriptions/feed")
  String newFeed(Viewer viewer, Model model) {
    model.addAttribute("feedKey", choices.newFeedKey(viewer));
    model.addAttribute("feedBase", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    return page(viewer, model);
  }

  @PostMapping("/account/subscriptions/feed/delete")
  String endFeed(Viewer viewer) {
    choices.endFeedKey(viewer);
    return "redirect:/account/subscriptions?feedEnded";
  }

  private String page(Viewer viewer, Model model) {
    model.addAttribute("subscriptions", subscriptions.list(viewer));
    model.addAttribute("mail", choices.mail(viewer));
    model.addAttribute("hasFeed", choices.hasFeedKey(viewer));
    model.addAttribute("limit", Subscriptions.LIMIT);
    model.addAttribute("searchLimit", Subscriptions.SEARCH_LIMIT);
    return "subscriptions/index";
  }

  /** The page the button was on, ready for one more query parameter. */
  private static String back(SubscriptionTarget target) {
    if (target.workId() != null) {
      return "/works/" + target.workId() + "?";
    }
    if (target.seriesId() != null) {
      return "/series/" + target.seriesId() + "?";
    }
    if (target.user() != null) {
      return "/users/" + UriUtils.encodePathSegment(target.user(), "UTF-8") + "?";
    }
    return "/works/search?q=" + UriUtils.encodeQueryParam(target.query(), "UTF-8") + "&";
  }
}
