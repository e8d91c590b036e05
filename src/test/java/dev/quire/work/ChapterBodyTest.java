package dev.quire.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chapter's body read once gives what reading it for each purpose gives: AO3's word count and the
 * words the index takes, markup left out.
 */
class ChapterBodyTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "<p>One <em>two</em> three.</p><p>Four--five, six's.</p>",
      "<p>A <b>wo</b>rd split across two elements counts twice.</p>",
      "<p class=\"note\">Markup is not text</p><hr><p>日本語の文</p>",
      "<blockquote><p>Nested <i>deep <b>down</b></i></p></blockquote>\n\n<p>  spaced   out  </p>",
      ""})
  void oneReadingGivesTheWordsAndTheIndexedTextOfTwo(String html) {
    ChapterBody body = ChapterBody.of(html);

    assertThat(body.html()).isEqualTo(html);
    assertThat(body.words()).isEqualTo(WordCounter.countHtml(html));
    assertThat(body.text()).isEqualTo(HtmlTextBridge.plainText(html));
  }

  @Test
  void theIndexTakesNoMarkup() {
    ChapterBody body = ChapterBody.of("<p class=\"class\">Plain <em>text</em></p>");

    assertThat(body.text()).isEqualTo("Plain text");
    assertThat(body.words()).isEqualTo(2);
  }
}
