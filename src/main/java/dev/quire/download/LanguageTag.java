package dev.quire.download;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Language tags as e-books and HTML state them. A work's language is stored as it was detected or
 * given; only a well-formed tag whose language ISO 639 knows is passed on, anything else is
 * {@code und} (undetermined), which validators accept and readers ignore.
 */
final class LanguageTag {

  static final String UNDETERMINED = "und";

  private static final Set<String> LANGUAGES = Stream.of(Locale.getISOLanguages())
      .flatMap(code -> Stream.of(code, Locale.of(code).getISO3Language()))
      .collect(Collectors.toUnmodifiableSet());

  private LanguageTag() {}

  /** {@code tag} normalized ({@code en-GB}) when valid, otherwise {@code und}. */
  static String orUndetermined(String tag) {
    return valid(tag) ? Locale.forLanguageTag(tag.strip()).toLanguageTag() : UNDETERMINED;
  }

  /** Whether {@code tag} is a well-formed tag of a known language. */
  static boolean valid(String tag) {
    if (tag == null || tag.isBlank()) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(tag.strip());
    return locale.toLanguageTag().equalsIgnoreCase(tag.strip()) && LANGUAGES.contains(locale.getLanguage());
  }
}
