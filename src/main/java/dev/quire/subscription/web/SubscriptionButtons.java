package dev.quire.subscription.web;

import dev.quire.account.AccountDetails;
import dev.quire.account.Viewer;
import dev.quire.subscription.SubscriptionTarget;
import dev.quire.subscription.Subscriptions;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the Subscribe buttons of other features' pages ask, from their templates
 * ({@code ${@subscriptionButtons.work(id)}}): the id of the logged-in account's subscription to
 * this, or {@code null} for none (and for a guest), so that the button reads Subscribe or
 * Unsubscribe. The pages' controllers need not know subscriptions exist.
 */
@Component("subscriptionButtons")
public class SubscriptionButtons {

  private final Subscriptions subscriptions;

  SubscriptionButtons(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  public Long work(long id) {
    return held(SubscriptionTarget.work(id));
  }

  public Long series(long id) {
    return held(SubscriptionTarget.series(id));
  }

  public Long user(String name) {
    return held(SubscriptionTarget.user(name));
  }

  public Long search(String query) {
    return query == null || query.isBlank() ? null : held(SubscriptionTarget.search(query));
  }

  private Long held(SubscriptionTarget target) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof AccountDetails details)) {
      return null;
    }
    Viewer viewer = new Viewer(details.accountId(), details.getUsername(), Set.of(), false);
    return subscriptions.find(viewer, target).orElse(null);
  }
}
