package dev.quire.tag;

import java.util.Arrays;
import java.util.Optional;

/** AO3's ratings, the names of the tags of kind {@link TagKind#RATING}. */
public enum Rating {
  GENERAL("General Audiences", false),
  TEEN("Teen And Up Audiences", false),
  MATURE("Mature", true),
  EXPLICIT("Explicit", true),
  NOT_RATED("Not Rated", true);

  private final String tagName;
  private final boolean adult;

  Rating(String tagName, boolean adult) {
    this.tagName = tagName;
    this.adult = adult;
  }

  /** The rating's tag name as AO3 writes it. */
  public String tagName() {
    return tagName;
  }

  /**
   * Whether a reader must agree to see adult content first. Not Rated counts as adult: nobody has
   * said it is not.
   */
  public boolean isAdult() {
    return adult;
  }

  /** The rating whose tag name is {@code name}, ignoring case. */
  public static Optional<Rating> fromTagName(String name) {
    return Arrays.stream(values()).filter(r -> r.tagName.equalsIgnoreCase(name)).findFirst();
  }
}
