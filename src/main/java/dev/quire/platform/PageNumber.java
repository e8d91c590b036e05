package dev.quire.platform;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A page number as an address's {@code page} parameter writes it: a whole number from 1, in plain
 * digits (no sign, no leading zero, at most nine digits). Each page says for itself what a number
 * that is none means: a 400 in its own words ({@link #of}), or the first page ({@link #orFirst}).
 * Pure and thread-safe.
 *
 * <pre>{@code
 * int page = PageNumber.of(page, 999_999).orElseThrow(() -> new ResponseStatusException(...));
 * }</pre>
 */
public final class PageNumber {

  private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,8}");

  private PageNumber() {}

  /** The page {@code page} names, when it names one from 1 to {@code last}; empty otherwise, and for null. */
  public static OptionalInt of(String page, int last) {
    if (page == null || !DIGITS.matcher(page.strip()).matches()) {
      return OptionalInt.empty();
    }
    int number = Integer.parseInt(page.strip());
    return number <= last ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /** The page {@code page} names, or the first page when it names none. */
  public static int orFirst(String page) {
    return of(page, Integer.MAX_VALUE).orElse(1);
  }
}
