package dev.quire.account;

import java.util.Optional;

/**
 * What a new password must be: 8 to 128 characters (counted as a reader counts them, so an emoji
 * is one), the same in both fields, and not on the list of common passwords. Pure and
 * thread-safe.
 */
final class PasswordRules {

  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  /** Why {@code password} cannot be chosen, or empty when it can. */
  static Optional<String> problem(String password, String confirmation) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Please choose a password.");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return Optional.of("A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
    }
    if (!password.equals(confirmation)) {
      return Optional.of("The two passwords are not the same. Please type it again in both fields.");
    }
    if (CommonPasswords.bundled().contains(password)) {
      return Optional.of("That password is one of the most common ones, which others guess first."
          + " Please choose another.");
    }
    return Optional.empty();
  }
}
