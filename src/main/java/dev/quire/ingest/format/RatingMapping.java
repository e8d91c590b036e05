package dev.quire.ingest.format;

import dev.quire.tag.Rating;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the ratings other archives use to AO3's, as AO3's own importer does: NC-17, X and MA are
 * Explicit; R and M are Mature; PG-13 and T are Teen And Up Audiences; PG, G, K and K+ are General
 * Audiences; AO3's own names map to themselves; anything else is Not Rated.
 */
public final class RatingMapping {

  private static final Map<String, Rating> BY_NAME = Map.ofEntries(
      Map.entry("nc-17", Rating.EXPLICIT),
      Map.entry("nc17", Rating.EXPLICIT),
      Map.entry("x", Rating.EXPLICIT),
      Map.entry("ma", Rating.EXPLICIT),
      Map.entry("explicit", Rating.EXPLICIT),
      Map.entry("r", Rating.MATURE),
      Map.entry("m", Rating.MATURE),
      Map.entry("mature", Rating.MATURE),
      Map.entry("pg-13", Rating.TEEN),
      Map.entry("pg13", Rating.TEEN),
      Map.entry("t", Rating.TEEN),
      Map.entry("teen", Rating.TEEN),
      Map.entry("teen and up audiences", Rating.TEEN),
      Map.entry("pg", Rating.GENERAL),
      Map.entry("g", Rating.GENERAL),
      Map.entry("k", Rating.GENERAL),
      Map.entry("k+", Rating.GENERAL),
      Map.entry("general", Rating.GENERAL),
      Map.entry("general audiences", Rating.GENERAL),
      Map.entry("not rated", Rating.NOT_RATED));

  private RatingMapping() {}

  /**
   * AO3's rating for a rating as another archive wrote it ("NC-17", "Fiction Rated: T", "Fiction
   * M", "R"). Leading words such as "Rated:", "Fiction" or "Fiction Rated:" are ignored.
   */
  public static Rating toAo3(String rating) {
    if (rating == null) {
      return Rating.NOT_RATED;
    }
    String key = rating.strip().toLowerCase(Locale.ROOT)
        .replaceFirst("^(fiction\\s+)?(rated\\s*:?\\s*)?", "")
        .replaceFirst("^rating\\s*:?\\s*", "")
        .strip();
    return BY_NAME.getOrDefault(key, Rating.NOT_RATED);
  }
}
