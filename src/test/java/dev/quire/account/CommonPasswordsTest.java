package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled list of common passwords, and the rules a new password meets. */
class CommonPasswordsTest {

  @Test
  void holdsThousandsOfCommonPasswordsOfEightCharactersOrMore() {
    assertThat(CommonPasswords.bundled().size()).isGreaterThan(5000);
  }

  @Test
  void findsACommonPasswordWhateverItsCase() {
    assertThat(CommonPasswords.bundled().contains("password1")).isTrue();
    assertThat(CommonPasswords.bundled().contains("PassWord1")).isTrue();
    assertThat(CommonPasswords.bundled().contains("iloveyou")).isTrue();
  }

  @Test
  void doesNotFindAnUncommonPassphrase() {
    assertThat(CommonPasswords.bundled().contains("lantern orchard sevenfold")).isFalse();
    assertThat(CommonPasswords.bundled().contains(null)).isFalse();
  }

  @Test
  void answersAHundredThousandLookUpsWellWithinASecond() {
    CommonPasswords list = CommonPasswords.bundled();
    long start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < 100_000; i++) {
      found += list.contains(i % 2 == 0 ? "Password1" : "lantern orchard " + i) ? 1 : 0;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(found).isEqualTo(50_000);
    assertThat(millis).isLessThan(1000);
  }

  @Test
  void refusesAPasswordShorterThanEightOrLongerThan128Characters() {
    assertThat(PasswordRules.problem("short1", "short1")).hasValueSatisfying(p -> assertThat(p).contains("8 to 128"));
    String longest = "q".repeat(128);
    assertThat(PasswordRules.problem(longest + "q", longest + "q")).isPresent();
    assertThat(PasswordRules.problem(longest, longest)).isEmpty();
  }

  @Test
  void countsCharactersAsAReaderDoes() {
    String emoji = "\uD83D\uDCD6".repeat(8);
    assertThat(PasswordRules.problem(emoji, emoji)).isEmpty();
  }

  @Test
  void refusesAConfirmationThatDiffers() {
    assertThat(PasswordRules.problem("lantern orchard", "lantern orchid"))
        .hasValueSatisfying(p -> assertThat(p).contains("not the same"));
  }

  @Test
  void refusesACommonPassword() {
    assertThat(PasswordRules.problem("Password1", "Password1"))
        .hasValueSatisfying(p -> assertThat(p).contains("most common"));
  }
}
