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
}
