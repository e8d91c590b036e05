package dev.quire.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the archive accepts as an email address: at most 254 characters, one {@code @} between a
 * local part and a domain with a dot, no spaces or angle brackets. Mail servers decide the rest;
 * the confirmation mail proves the address. Accounts, claims and reports take addresses so. Pure
 * and thread-safe.
 */
public final class EmailAddresses {

  public static final int MAX_LENGTH = 254;

  private static final Pattern SHAPE = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

  private EmailAddresses() {}

  /** Why {@code email} cannot be an account's address, or empty when it can. */
  public static Optional<String> problem(String email) {
    if (email == null || email.isBlank()) {
      return Optional.of("Please enter your email address.");
    }
    if (email.length() > MAX_LENGTH) {
      return Optional.of("An email address has at most " + MAX_LENGTH + " characters.");
    }
    if (!SHAPE.matcher(email.strip()).matches()) {
      return Optional.of("That does not look like an email address (like name@example.org).");
    }
    return Optional.empty();
  }

  /**
   * The key two addresses are compared by: NFKC-normalised and lower-cased, nothing more. Unlike a
   * user name's key it folds no look-alike characters: {@code sam1@} and {@code saml@} are two
   * mailboxes.
   */
  public static String key(String email) {
    return java.text.Normalizer.normalize(email.strip(), java.text.Normalizer.Form.NFKC)
        .toLowerCase(java.util.Locale.ROOT);
  }
}
