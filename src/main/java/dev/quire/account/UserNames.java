package dev.quire.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AO3's rules for user names and the key two names are compared by. A user name has 3 to 40
 * letters, digits or underscores and begins and ends with a letter or digit. Two names are the
 * same account when their keys are equal: NFKC-normalised, case-folded, and with the characters
 * that look alike in a byline made one ({@code 0}/{@code o}, {@code 1}/{@code l}/{@code i}), so
 * that nobody registers a look-alike of someone else's name. Pure and thread-safe.
 */
public final class UserNames {

  public static final int MIN_LENGTH = 3;
  public static final int MAX_LENGTH = 40;

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?");

  /** Names the archive holds for itself or that would mislead readers. */
  private static final Set<String> RESERVED = Set.of(
      "unclaimed", "orphan_account", "admin", "administrator", "archive", "archivist", "moderator",
      "wrangler", "quire", "root", "support", "system", "anonymous", "guest", "users");

  private UserNames() {}

  /** Why {@code name} cannot be a user name, or empty when it can (uniqueness aside). */
  public static Optional<String> problem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("Please choose a user name.");
    }
    if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
      return Optional.of("A user name has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
    }
    if (!SHAPE.matcher(name).matches()) {
      return Optional.of("A user name has letters (A–Z), digits and underscores only, and begins and"
          + " ends with a letter or digit.");
    }
    if (RESERVED.contains(key(name))) {
      return Optional.of("That user name is reserved. Please choose another.");
    }
    return Optional.empty();
  }

  /** The key two user names are compared by (addresses have {@link EmailAddresses#key}). Never null for non-null input. */
  public static String key(String name) {
    String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    folded.codePoints().forEach(c -> key.appendCodePoint(skeleton(c)));
    return key.toString();
  }

  /** One character for each set of characters a reader could take for one another. */
  private static int skeleton(int c) {
    return switch (c) {
      case '0', 'о', 'ο' -> 'o';
      case '1', 'l', 'і', 'ı', 'ӏ' -> 'i';
      case 'а' -> 'a';
      case 'е' -> 'e';
      case 'р' -> 'p';
      case 'с' -> 'c';
      case 'х' -> 'x';
      case 'у' -> 'y';
      case '5' -> 's';
      default -> c;
    };
  }
}
