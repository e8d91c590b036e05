package dev.quire.catalog.web;

import dev.quire.platform.PageNumber;
import dev.quire.search.WorkSearch;
import dev.quire.tag.TagKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The catalog's parameters read from addresses, each refused with a sentence saying why. */
final class CatalogParameters {

  private CatalogParameters() {}

  /** A page number from 1 to {@link WorkSearch#LAST_PAGE}; 400 otherwise. */
  static int page(String page) {
    return PageNumber.of(page, WorkSearch.LAST_PAGE).orElseThrow(() -> badRequest(
        "'" + page + "' is not a valid page: use a whole number from 1 to " + WorkSearch.LAST_PAGE));
  }

  /** A creator's id; 400 when it is not one. */
  static long creatorId(String id) {
    long number = number(id);
    if (number < 1) {
      throw badRequest("'" + id + "' is not a valid creator id");
    }
    return number;
  }

  /** The kind of tag {@code key} names ({@code fandom}); 404 naming the kinds otherwise. */
  static TagKind kind(String key) {
    try {
      return TagKind.fromKey(key);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "there is no kind of tag '" + key + "': use one of " + TagKind.keys());
    }
  }

  /** The whole number written, or 0 when it is not one. */
  private static long number(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static ResponseStatusException badRequest(String reason) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
  }
}
