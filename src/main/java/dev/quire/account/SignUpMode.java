package dev.quire.account;

import java.util.Locale;

/**
 * Who may open an account, as {@code quire.accounts.signup} says: anyone ({@code open}), whoever
 * holds an invitation from the queue ({@code invitation}), or nobody ({@code closed}; admins add
 * accounts from the command line).
 */
public enum SignUpMode {
  OPEN,
  INVITATION,
  CLOSED;

  /** The mode a setting names, ignoring case; an unknown name fails the start with its reason. */
  static SignUpMode of(String setting) {
    try {
      return valueOf(setting.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "quire.accounts.signup must be open, invitation or closed, not \"" + setting + "\"", e);
    }
  }
}
