package dev.quire.subscription;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader asks to follow, as a form or the API names it: exactly one of a work's id, a user
 * name, a series' id and a search query.
 */
public record SubscriptionTarget(Long workId, String user, Long seriesId, String query) {

  public SubscriptionTarget {
    user = user == null || user.isBlank() ? null : user.strip();
    query = query == null || query.isBlank() ? null : query.strip();
  }

  public static SubscriptionTarget work(long id) {
    return new SubscriptionTarget(id, null, null, null);
  }

  public static SubscriptionTarget user(String name) {
    return new SubscriptionTarget(null, name, null, null);
  }

  public static SubscriptionTarget series(long id) {
    return new SubscriptionTarget(null, null, id, null);
  }

  public static SubscriptionTarget search(String query) {
    return new SubscriptionTarget(null, null, null, query);
  }

  /** How many of the four it names: a subscription needs exactly one. */
  int named() {
    List<Object> named = new ArrayList<>();
    for (Object each : new Object[] {workId, user, seriesId, query}) {
      if (each != null) {
        named.add(each);
      }
    }
    return named.size();
  }

  SubscriptionKind kind() {
    return workId != null ? SubscriptionKind.WORK
        : user != null ? SubscriptionKind.CREATOR
        : seriesId != null ? SubscriptionKind.SERIES
        : SubscriptionKind.SEARCH;
  }
}
