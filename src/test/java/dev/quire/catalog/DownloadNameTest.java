package dev.quire.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Download links name the file after the work's title, as AO3's do. */
class DownloadNameTest {

  @Test
  void keepsLettersAndDigitsAndJoinsTheRestWithUnderscores() {
    assertThat(DownloadName.of("Harbour Lights: Part 2!")).isEqualTo("Harbour_Lights_Part_2");
    assertThat(DownloadName.of("  Lana Lang/Lex Luthor & the Sea  ")).isEqualTo("Lana_Lang_Lex_Luthor_the_Sea");
  }

  @Test
  void dropsAccentsButKeepsOtherScripts() {
    assertThat(DownloadName.of("Café Crème")).isEqualTo("Cafe_Creme");
    assertThat(DownloadName.of("月の光")).isEqualTo("月の光");
  }

  @Test
  void aTitleOfSignsAloneIsCalledWork() {
    assertThat(DownloadName.of("?!…")).isEqualTo("work");
  }

  @Test
  void aLongTitleIsCutToSixtyCharactersWithoutSplittingOne() {
    String name = DownloadName.of("𠮷".repeat(70));

    assertThat(name.codePointCount(0, name.length())).isEqualTo(60);
    assertThat(name).isEqualTo("𠮷".repeat(60));
  }
}
