package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.tag.Rating;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingMappingTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "NC-17, EXPLICIT", "X, EXPLICIT", "MA, EXPLICIT", "Explicit, EXPLICIT",
    "R, MATURE", "M, MATURE", "Mature, MATURE",
    "PG-13, TEEN", "T, TEEN", "Teen And Up Audiences, TEEN",
    "PG, GENERAL", "G, GENERAL", "K, GENERAL", "K+, GENERAL", "General Audiences, GENERAL",
    "'Fiction Rated: T', TEEN", "'Rated: M', MATURE", "Fiction M, MATURE", "Fiction K+, GENERAL",
    "Not Rated, NOT_RATED", "Unrated, NOT_RATED", "'', NOT_RATED", "Adult-ish, NOT_RATED"
  })
  void mapsRatingsAsAo3sImporterDoes(String rating, Rating expected) {
    assertThat(RatingMapping.toAo3(rating)).isEqualTo(expected);
  }
}
