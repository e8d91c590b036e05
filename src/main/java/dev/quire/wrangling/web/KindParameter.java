package dev.quire.wrangling.web;

import dev.quire.tag.TagKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A {@code kind} parameter of the wrangling pages and API: a kind's key, or nothing. */
final class KindParameter {

  private KindParameter() {}

  /** @throws ResponseStatusException 400 naming the kinds there are, for a kind there is not */
  static TagKind of(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return TagKind.fromKey(kind.strip());
    } catch (IllegalArgumentException unknown) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "There is no kind of tag '" + kind + "'; the kinds are " + TagKind.keys() + ".");
    }
  }
}
