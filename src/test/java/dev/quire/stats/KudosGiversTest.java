package dev.quire.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KudosGiversTest {

  @Test
  void namesAccountsThenGuestsAsAo3Does() {
    assertThat(new KudosGivers(List.of("A", "B"), 12).sentence()).isEqualTo("A, B and 12 guests left kudos on this work!");
    assertThat(new KudosGivers(List.of("A", "B", "C"), 0).sentence()).isEqualTo("A, B and C left kudos on this work!");
    assertThat(new KudosGivers(List.of("A"), 0).sentence()).isEqualTo("A left kudos on this work!");
    assertThat(new KudosGivers(List.of(), 1).sentence()).isEqualTo("1 guest left kudos on this work!");
    assertThat(new KudosGivers(List.of("A", "B"), 9_950, 12).sentence())
        .isEqualTo("A, B, 9,950 more users and 12 guests left kudos on this work!");
    assertThat(new KudosGivers(List.of("A"), 1, 0).sentence()).isEqualTo("A and 1 more user left kudos on this work!");
  }

  @Test
  void nobodyMakesNoSentence() {
    assertThat(KudosGivers.NONE.isEmpty()).isTrue();
    assertThat(KudosGivers.NONE.sentence()).isEmpty();
  }
}
