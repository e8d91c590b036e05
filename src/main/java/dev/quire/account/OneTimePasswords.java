package dev.quire.account;

import java.security.SecureRandom;

/** Passwords an admin hands on once (the command line's new accounts, the demo's). Thread-safe. */
public final class OneTimePasswords {

  /** Letters and digits a person cannot mistake for one another when copying them by hand. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  /** A new random password of 20 characters (about 115 bits). */
  public static String random() {
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
