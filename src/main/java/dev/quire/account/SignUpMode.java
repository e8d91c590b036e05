package dev.quire.account;

import java.util.Locale;

/**
 * Who may open an account, as an admin sets it ({@code /admin/settings}; {@code quire.accounts.signup}
 * gives the first value): anyone ({@code open}), whoever holds an invitation from the queue
 * ({@code invitation}), or nobody ({@code closed}; admins add accounts from the command line).
 */
public enum SignUpMode {
  OPEN,
  INVITATION,
  CLOSED;

  /** The mode a setting names ({@code dev.quire.settings.Setting#SIGN_UP} checked it is one). */
  static SignUpMode of(String setting) {
    return valueOf(setting.strip().toUpperCase(Locale.ROOT));
  }
}
