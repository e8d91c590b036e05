package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PageNumberTest {

  @Test
  void aWholeNumberFromOneToTheLastIsThatPage() {
    assertThat(PageNumber.of("1", 10)).hasValue(1);
    assertThat(PageNumber.of(" 10 ", 10)).hasValue(10);
  }

  @Test
  void anythingElseNamesNoPage() {
    for (String page : new String[] {"0", "-2", "two", "", "11", "1.5", "1234567890", null}) {
      assertThat(PageNumber.of(page, 10)).as(page).isEqualTo(OptionalInt.empty());
    }
  }

  @Test
  void aPageTypedByHandThatIsNoneIsTheFirst() {
    assertThat(PageNumber.orFirst("3")).isEqualTo(3);
    assertThat(PageNumber.orFirst("lots")).isEqualTo(1);
    assertThat(PageNumber.orFirst("-4")).isEqualTo(1);
  }
}
