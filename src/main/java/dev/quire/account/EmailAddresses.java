package dev.quire.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the archive accepts as an email address: at most 254 characters, one {@code @} between a
 * local part and a domain with a dot, no spaces or angle brackets. Mail servers decide the rest;
 * the confirmation mail proves the address. Pure and thread-safe.
 */
final class EmailAddresses {

  static final int MAX_LENGTH = 254;

  private static final Pattern SHAPE = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

  private EmailAddresses() {}

  /** Why {@code email} cannot be an account's address, or empty when it can. */
  static Optional<String> problem(String email) {
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
}
