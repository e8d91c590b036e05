package dev.quire.tag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.work.Work;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void aWorkWithTwoRatingsIsShownUnderTheStricter() {
    Work work = new Work("Two Ratings", LocalDate.of(2020, 1, 1), Instant.EPOCH);
    work.addTag(new Tag(TagKind.RATING, "General Audiences"));
    work.addTag(new Tag(TagKind.RATING, "Mature"));

    assertThat(work.getRating()).isEqualTo(Rating.MATURE);
    assertThat(work.getRating().isAdult()).isTrue();
  }

  @Test
  void notRatedIsStricterThanTeenButNotThanMature() {
    assertThat(Rating.NOT_RATED.strictness()).isGreaterThan(Rating.TEEN.strictness());
    assertThat(Rating.NOT_RATED.strictness()).isLessThan(Rating.MATURE.strictness());
  }
}
