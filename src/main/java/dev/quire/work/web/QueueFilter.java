package dev.quire.work.web;

import dev.quire.tag.TagKind;
import dev.quire.work.SuggestionQueue;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the review queue shows: a kind (or all), a lowest confidence in percent, the order and the
 * page. Read from the queue's address, and from the forms on it so that a decision leads back to
 * the same place.
 *
 * @param kind the kind shown, or {@code null} for every kind
 * @param minPercent from 0 to 100
 */
record QueueFilter(TagKind kind, int minPercent, boolean likeliestFirst, int page) {

  /** The last page whose first row the database can still be asked for (an int offset). */
  static final int LAST_PAGE = Integer.MAX_VALUE / SuggestionQueue.PAGE_SIZE;

  /** Reads the parameters as written in the address; a bad one is a 400 naming it. */
  static QueueFilter of(String kind, String min, String order, String page) {
    return new QueueFilter(kind(kind), number("min", min, 0, 0, 100), likeliestFirst(order),
        number("page", page, 1, 1, LAST_PAGE));
  }

  /** The key of the kind shown, or the empty string for every kind, as the form writes it. */
  public String kindKey() {
    return kind == null ? "" : kind.key();
  }

  public String order() {
    return likeliestFirst ? "likeliest" : "least";
  }

  /** The queue's address with this filter on another page. */
  public String url(int otherPage) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/suggestions");
    if (kind != null) {
      url.queryParam("kind", kind.key());
    }
    if (minPercent > 0) {
      url.queryParam("min", minPercent);
    }
    if (!likeliestFirst) {
      url.queryParam("order", order());
    }
    if (otherPage > 1) {
      url.queryParam("page", otherPage);
    }
    return url.build().toUriString();
  }

  public String url() {
    return url(page);
  }

  private static TagKind kind(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    try {
      return TagKind.fromKey(key.strip());
    } catch (IllegalArgumentException e) {
      throw badRequest("'kind' is one of " + TagKind.keys() + "; there is no kind '" + key.strip() + "'");
    }
  }

  private static boolean likeliestFirst(String order) {
    if (order == null || order.isBlank() || order.strip().equals("likeliest")) {
      return true;
    }
    if (order.strip().equals("least")) {
      return false;
    }
    throw badRequest("'order' is 'likeliest' or 'least', not '" + order.strip() + "'");
  }

  private static int number(String name, String value, int absent, int lowest, int highest) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= lowest && number <= highest) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below, as a number out of range is
    }
    throw badRequest("'" + name + "' takes a whole number from " + lowest + " to " + highest
        + ", not '" + value.strip() + "'");
  }

  private static ResponseStatusException badRequest(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
