package dev.quire.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Where a page of results starts: the position of its first work and, for every order but best
 * match, the sort value and id of the last work before it, so that the next page is found by
 * searching after that work (not by skipping a count of works) and pages never run out however
 * deep a reader goes. Written into links as an opaque URL-safe string.
 *
 * @param position the 1-based position of the page's first work
 * @param value the last work's sort value (Integer, LocalDate, Instant or String); {@code null}
 *     for best match, which pages by position
 * @param id the last work's id; {@code 0} for best match
 */
record SearchCursor(long position, Object value, long id) {

  static final SearchCursor FIRST = new SearchCursor(1, null, 0);

  String encode() {
    String typed = switch (value) {
      case null -> "-";
      case Integer i -> "i" + i;
      case LocalDate d -> "d" + d;
      case Instant t -> "t" + t;
      case String s -> "s" + s;
      default -> throw new IllegalStateException("no cursor form for " + value.getClass());
    };
    String plain = position + "\n" + id + "\n" + typed;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor from a link; {@code null} means the first page. */
  static SearchCursor decode(String cursor) {
    if (cursor == null) {
      return FIRST;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
          .split("\n", 3);
      long position = Long.parseLong(parts[0]);
      long id = Long.parseLong(parts[1]);
      String typed = parts[2];
      Object value = switch (typed.charAt(0)) {
        case '-' -> null;
        case 'i' -> Integer.valueOf(typed.substring(1));
        case 'd' -> LocalDate.parse(typed.substring(1));
        case 't' -> Instant.parse(typed.substring(1));
        case 's' -> typed.substring(1);
        default -> throw new IllegalArgumentException(typed);
      };
      if (position < 1) {
        throw new IllegalArgumentException("position " + position);
      }
      return new SearchCursor(position, value, id);
    } catch (RuntimeException e) {
      throw new InvalidSearchException(
          "the page link ('after') is damaged or out of date: start again from the first page");
    }
  }
}
