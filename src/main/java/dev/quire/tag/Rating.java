package dev.quire.tag;

import java.util.Arrays;
import java.util.Optional;

/** AO3's ratings, the names of the tags of kind {@link TagKind#RATING}. */
public enum Rating {
  GENERAL("General Audiences", false, 0),
  TEEN("Teen And Up Audiences", false, 1),
  MATURE("Mature", true, 3),
  EXPLICIT("Explicit", true, 4),
  NOT_RATED("Not Rated", true, 2);

  private final String tagName;
  private final boolean adult;
  private final int strictness;

  Rating(String tagName, boolean adult, int strictness) {
    this.tagName = tagName;
    this.adult = adult;
    this.strictness = strictness;
  }

  /**
   * How much a reader is warned: General, Teen, Not Rated (nobody said), Mature, Explicit. A work
   * that somehow carries two ratings is shown under the stricter.
   */
  public int strictness() {
    return strictness;
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
