package dev.quire.tagging;

/** A character's gender as far as tagging needs it: AO3's categories pair F and M. */
public enum Gender {
  FEMALE("F"),
  MALE("M"),
  UNKNOWN("-");

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  /** The letter the vocabulary file and AO3's categories use: F, M, or "-" when unknown. */
  public String code() {
    return code;
  }

  /** The gender a vocabulary code names; anything but F or M is {@link #UNKNOWN}. */
  public static Gender ofCode(String code) {
    return switch (code.strip()) {
      case "F" -> FEMALE;
      case "M" -> MALE;
      default -> UNKNOWN;
    };
  }
}
