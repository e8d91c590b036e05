package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void aShortPassageIsKeptWhole() {
    assertThat(Snippets.around("a <mark>word</mark> here")).isEqualTo("a <mark>word</mark> here");
  }

  @Test
  void aLongPassageIsCutAtSpacesAroundItsFirstMatch() {
    String before = "lorem &amp; ipsum ".repeat(40);
    String after = " dolor sit amet".repeat(40);
    String snippet = Snippets.around(before + "the <mark>lantern</mark> glowed" + after);

    assertThat(snippet).contains("<mark>lantern</mark>").hasSizeLessThan(Snippets.LENGTH + 20);
    assertThat(snippet).doesNotStartWith("amp;").doesNotStartWith(";");
    assertThat(snippet.indexOf("<mark>")).isGreaterThan(40);
  }

  @Test
  void wordsMarkedOneAfterAnotherAreOneMarkAsAPhraseIs() {
    assertThat(Snippets.of("she drank <mark>hot</mark> <mark>chocolate</mark> slowly"))
        .isEqualTo("she drank <mark>hot chocolate</mark> slowly");
    assertThat(Snippets.of("<mark>hot</mark>\n<mark>chocolate</mark>")).isEqualTo("<mark>hot\nchocolate</mark>");
  }

  @Test
  void marksApartStayApart() {
    assertThat(Snippets.of("<mark>hot</mark>, <mark>chocolate</mark> and <mark>tea</mark>"))
        .isEqualTo("<mark>hot</mark>, <mark>chocolate</mark> and <mark>tea</mark>");
  }
}
