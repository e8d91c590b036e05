package dev.quire.tag;

/** AO3's seven kinds of tag, in the order AO3 shows them on a work. */
public enum TagKind {
  RATING("rating", "Rating"),
  WARNING("warning", "Archive Warning"),
  CATEGORY("category", "Category"),
  FANDOM("fandom", "Fandom"),
  RELATIONSHIP("relationship", "Relationship"),
  CHARACTER("character", "Character"),
  FREEFORM("freeform", "Additional Tags");

  private final String key;
  private final String label;

  TagKind(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The lower-case name used in URLs, JSON and AO3's CSS classes ({@code dd.fandom.tags}). */
  public String key() {
    return key;
  }

  /** The heading AO3 shows for this kind. */
  public String label() {
    return label;
  }

  /** The kind whose {@link #key()} is {@code key}, ignoring case. */
  public static TagKind fromKey(String key) {
    for (TagKind kind : values()) {
      if (kind.key.equalsIgnoreCase(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown tag kind: " + key);
  }
}
