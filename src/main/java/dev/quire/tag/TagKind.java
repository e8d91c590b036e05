package dev.quire.tag;

import java.util.stream.Collectors;

import java.util.Arrays;

/** AO3's seven kinds of tag, in the order AO3 shows them on a work. */
public enum TagKind {
  RATING("rating", "Rating", "Ratings"),
  WARNING("warning", "Archive Warning", "Archive Warnings"),
  CATEGORY("category", "Category", "Categories"),
  FANDOM("fandom", "Fandom", "Fandoms"),
  RELATIONSHIP("relationship", "Relationship", "Relationships"),
  CHARACTER("character", "Character", "Characters"),
  FREEFORM("freeform", "Additional Tags", "Additional Tags");

  private final String key;
  private final String label;
  private final String pluralLabel;

  TagKind(String key, String label, String pluralLabel) {
    this.key = key;
    this.label = label;
    this.pluralLabel = pluralLabel;
  }

  /** The lower-case name used in URLs, JSON and AO3's CSS classes ({@code dd.fandom.tags}). */
  public String key() {
    return key;
  }

  /** The heading AO3 shows for this kind. */
  public String label() {
    return label;
  }

  /** The heading AO3 shows over several tags of this kind. */
  public String pluralLabel() {
    return pluralLabel;
  }

  /** Every kind's {@link #key()}, in order, as a reader is told them: {@code rating, warning, ...}. */
  public static String keys() {
    return Arrays.stream(values()).map(TagKind::key).collect(Collectors.joining(", "));
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
