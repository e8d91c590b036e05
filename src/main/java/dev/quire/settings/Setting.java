package dev.quire.settings;

import java.util.List;
import java.util.Optional;

/**
 * The archive's settings an admin changes while it runs. Each has its name in the
 * {@code archive_setting} table, the configuration property that gives its first value, the
 * value when neither says, and the rule its values follow.
 */
public enum Setting {
  /** Who may open an account: {@code open}, {@code invitation} (AO3's queue) or {@code closed}. */
  SIGN_UP("signup", "quire.accounts.signup", "open"),
  /** How many addresses the invitation queue invites by itself each day; 0 leaves it to admins. */
  INVITATIONS_PER_DAY("invitations_per_day", "quire.accounts.invitations-per-day", "0"),
  /** The archive's name, in every page's title and header. */
  ARCHIVE_NAME("archive_name", "quire.archive.name", "Quire"),
  /** Whether readers confirm their age before a work rated Mature, Explicit or Not Rated. */
  ADULT_CONFIRMATION("adult_confirmation", "quire.reader.confirm-adult", "true");

  /** The sign-up modes {@link #SIGN_UP} takes. */
  public static final List<String> SIGN_UP_MODES = List.of("open", "invitation", "closed");
  /** The most invitations the queue sends by itself in a day. */
  public static final int MAX_INVITATIONS_PER_DAY = 1000;
  /** The longest archive name. */
  public static final int MAX_NAME = 100;

  private final String key;
  private final String property;
  private final String fallback;

  Setting(String key, String property, String fallback) {
    this.key = key;
    this.property = property;
    this.fallback = fallback;
  }

  /** The setting's name in the database and in forms. */
  public String key() {
    return key;
  }

  /** The configuration property that gives the setting's value until an admin sets one. */
  public String property() {
    return property;
  }

  String fallback() {
    return fallback;
  }

  /**
   * What is wrong with {@code value} for this setting, as a sentence for the admin, or empty when
   * it is a valid value (written as {@link ArchiveSettings} stores it: stripped, lower case for a
   * mode, digits for a number, {@code true} or {@code false} for a switch).
   */
  public Optional<String> problem(String value) {
    String v = value == null ? "" : value;
    return switch (this) {
      case SIGN_UP -> SIGN_UP_MODES.contains(v) ? Optional.empty()
          : Optional.of("Sign-up is open, by invitation or closed.");
      case INVITATIONS_PER_DAY -> v.matches("[0-9]{1,4}") && Integer.parseInt(v) <= MAX_INVITATIONS_PER_DAY
          ? Optional.empty()
          : Optional.of("Please give a whole number of invitations a day from 0 to " + MAX_INVITATIONS_PER_DAY + ".");
      case ARCHIVE_NAME -> !v.isBlank() && v.equals(v.strip()) && v.length() <= MAX_NAME && v.codePoints().noneMatch(Character::isISOControl)
          ? Optional.empty()
          : Optional.of("Please give the archive a name of 1 to " + MAX_NAME + " characters.");
      case ADULT_CONFIRMATION -> v.equals("true") || v.equals("false") ? Optional.empty()
          : Optional.of("Asking readers to confirm their age is on or off.");
    };
  }
}
