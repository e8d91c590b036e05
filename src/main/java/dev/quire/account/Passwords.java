package dev.quire.account;

import java.util.Optional;

/**
 * The rules a new password must pass, wherever one is chosen: sign-up, a password change, a reset,
 * the command line. Pure and thread-safe.
 */
public final class Passwords {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  private Passwords() {}

  /** Why {@code password} cannot be used, or empty when it can. */
  public static Optional<String> problem(String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return Optional.of("A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
    }
    return Optional.empty();
  }
}
