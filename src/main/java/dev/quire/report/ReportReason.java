package dev.quire.report;

import java.util.Locale;
import java.util.Optional;

/** Why a reader reports a work: the short list the report form offers. */
public enum ReportReason {
  SPAM("Spam or advertising"),
  HARASSMENT("Harassment or threats"),
  PLAGIARISM("Plagiarism or copyright"),
  RATING_OR_WARNINGS("Wrong rating or missing warnings"),
  ILLEGAL("Illegal content"),
  OTHER("Something else");

  private final String label;

  ReportReason(String label) {
    this.label = label;
  }

  /** The reason as the form and the moderators' list say it. */
  public String label() {
    return label;
  }

  /** The reason's name in the form: {@code rating_or_warnings}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The reason a form sent, if it is one. */
  static Optional<ReportReason> ofKey(String key) {
    for (ReportReason reason : values()) {
      if (reason.key().equals(key == null ? "" : key.strip())) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
