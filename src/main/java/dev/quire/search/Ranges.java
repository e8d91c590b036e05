package dev.quire.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ranges AO3's search fields take: {@code 1000}, {@code <1000}, {@code >1000}, {@code
 * 1000-5000} for counts, and for dates also {@code 2 weeks ago}, {@code > 2 years ago}, {@code 1-3
 * months ago}, {@code 2024-05-01}, {@code <2024-05-01}, {@code 2023} and {@code 2023-01-01 -
 * 2023-06-30}. Spaces around the signs are allowed. Pure.
 */
final class Ranges {

  // At most 15 digits, commas or not, so that every count written fits a long with room to spare.
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15}");
  private static final Pattern COUNT = Pattern.compile(
      "(?<op>[<>])?\\s*(?<a>" + NUMBER + ")(?:\\s*-\\s*(?<b>" + NUMBER + "))?");
  private static final Pattern AGO = Pattern.compile(
      "(?<op>[<>])?\\s*(?<a>\\d{1,6})(?:\\s*-\\s*(?<b>\\d{1,6}))?\\s*"
          + "(?<unit>days?|weeks?|months?|years?)\\s+ago");
  private static final String DATE = "\\d{4}(?:-\\d{2}(?:-\\d{2})?)?";
  private static final Pattern DATES =
      Pattern.compile("(?<op>[<>])?\\s*(?<a>" + DATE + ")(?:\\s+-\\s+(?<b>" + DATE + "))?");

  private Ranges() {}

  static QueryNode.Count count(SearchField field, String value) {
    Matcher m = COUNT.matcher(value.strip());
    if (!m.matches()) {
      throw new InvalidSearchException("'" + field.displayName() + "' takes a number or a range"
          + " such as 1000, <1000, >1000 or 1000-5000, not '" + value.strip() + "'");
    }
    long a = number(m.group("a"));
    if (m.group("b") != null) {
      long b = number(m.group("b"));
      return new QueryNode.Count(field, Math.min(a, b), Math.max(a, b));
    }
    return switch (m.group("op") == null ? "" : m.group("op")) {
      case "<" -> new QueryNode.Count(field, null, a - 1);
      case ">" -> new QueryNode.Count(field, a + 1, null);
      default -> new QueryNode.Count(field, a, a);
    };
  }

  static QueryNode.Dates dates(SearchField field, String value, LocalDate today) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher ago = AGO.matcher(text);
    if (ago.matches()) {
      return ago(field, ago, today);
    }
    Matcher dates = DATES.matcher(text);
    if (dates.matches()) {
      return absolute(field, dates, value);
    }
    throw new InvalidSearchException("'" + field.displayName() + "' takes a date such as"
        + " 2024-05-01, <2024-05-01, 2023, 2 weeks ago, > 2 years ago or 1-3 months ago, not '"
        + value.strip() + "'");
  }

  /** {@code N units ago} is the unit that ended N units ago; {@code <} is since then. */
  private static QueryNode.Dates ago(SearchField field, Matcher m, LocalDate today) {
    ChronoUnit unit = switch (m.group("unit").replaceAll("s$", "")) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
    long a = Long.parseLong(m.group("a"));
    LocalDate tomorrow = today.plusDays(1);
    if (m.group("b") != null) {
      long b = Long.parseLong(m.group("b"));
      return new QueryNode.Dates(field, tomorrow.minus(Math.max(a, b) + 1, unit),
          tomorrow.minus(Math.min(a, b), unit));
    }
    return switch (m.group("op") == null ? "" : m.group("op")) {
      case "<" -> new QueryNode.Dates(field, tomorrow.minus(a, unit), null);
      case ">" -> new QueryNode.Dates(field, null, tomorrow.minus(a, unit));
      default -> new QueryNode.Dates(field, tomorrow.minus(a + 1, unit), tomorrow.minus(a, unit));
    };
  }

  private static QueryNode.Dates absolute(SearchField field, Matcher m, String value) {
    try {
      Span a = span(m.group("a"));
      if (m.group("b") != null) {
        return new QueryNode.Dates(field, a.from(), span(m.group("b")).until());
      }
      return switch (m.group("op") == null ? "" : m.group("op")) {
        case "<" -> new QueryNode.Dates(field, null, a.from());
        case ">" -> new QueryNode.Dates(field, a.until(), null);
        default -> new QueryNode.Dates(field, a.from(), a.until());
      };
    } catch (DateTimeParseException e) {
      throw new InvalidSearchException(
          "'" + value.strip() + "' is not a date: write it as year-month-day, like 2024-05-01");
    }
  }

  /** The days a written date covers: a day, a month or a year. */
  private record Span(LocalDate from, LocalDate until) {}

  private static Span span(String date) {
    return switch (date.length()) {
      case 4 -> {
        LocalDate from = LocalDate.of(Integer.parseInt(date), 1, 1);
        yield new Span(from, from.plusYears(1));
      }
      case 7 -> {
        LocalDate from = LocalDate.parse(date + "-01");
        yield new Span(from, from.plusMonths(1));
      }
      default -> {
        LocalDate from = LocalDate.parse(date);
        yield new Span(from, from.plusDays(1));
      }
    };
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }
}
