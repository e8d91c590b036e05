package dev.quire.account;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The rules a new password must pass, wherever one is chosen: sign-up, a password change, a reset,
 * the command line. Pure and thread-safe.
 */
public final class Passwords {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  /** Letters and digits a person cannot mistake for one another when copying them by hand. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** A new random password of 20 characters (about 115 bits), for an admin to hand on once. */
  public static String random() {
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /** Why {@code password} cannot be used, or empty when it can. */
  public static Optional<String> problem(String password) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return Optional.of("A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
    }
    return Optional.empty();
  }
}
