package dev.quire.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AO3's rule: on each text node, "--" becomes an em dash, apostrophes (' ’ ‘) and hyphens are
 * deleted, then each Han, Hiragana, Katakana or Thai character is a word and so is every other run
 * of letters, marks, digits and connector punctuation.
 */
class WordCounterTest {

  @ParameterizedTest(name = "\"{0}\" has {1} words")
  @CsvSource(
      delimiter = '|',
      value = {
        "one-word and one's | 3",
        "one--two | 2",
        "Hello, world! | 2",
        "don’t ‘quote’ me | 3",
        "It was 3 a.m. on 12/06/2004 | 9",
        "snake_case stays one | 3",
        "café naïve résumé | 3",
        "Ελληνικά и русский | 3",
        "... — !!! | 0",
      })
  void countsWordsByAo3Rule(String text, int words) {
    assertThat(WordCounter.countText(text)).isEqualTo(words);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\n\t\n"})
  void countsNoWordsInBlankText(String blank) {
    assertThat(WordCounter.countText(blank)).isZero();
    assertThat(WordCounter.countHtml(blank)).isZero();
  }

  @Test
  void countsNoWordsInNull() {
    assertThat(WordCounter.countText(null)).isZero();
    assertThat(WordCounter.countHtml(null)).isZero();
  }

  @Test
  void countsACombiningAccentAsPartOfItsWord() {
    // given "café" written as "e" followed by U+0301 COMBINING ACUTE ACCENT
    assertThat(WordCounter.countText("cafe\u0301 au lait")).isEqualTo(3);
  }

  @Test
  void countsEachJapaneseOrChineseCharacterAsAWord() {
    // given scripts that put no spaces between words, which AO3 counts by character
    assertThat(WordCounter.countText("こんにちは世界")).isEqualTo(7);
    assertThat(WordCounter.countText("日本語のテキスト")).isEqualTo(8);
    assertThat(WordCounter.countText("Hello 世界, hello again")).isEqualTo(5);
  }

  @Test
  void countsTextNodesOnlyNeverMarkup() {
    String html =
        "<p title=\"not counted\">One <b>two</b> three&nbsp;four</p><blockquote"
            + " class=\"verse\"><p>five,<br>six</p></blockquote><p>&amp; &lt;tag&gt;</p>";

    assertThat(WordCounter.countHtml(html)).isEqualTo(7);
  }

  @Test
  void countsAWordSplitAcrossElementsTwiceAsAo3Does() {
    assertThat(WordCounter.countHtml("<p><b>wo</b>rd</p>")).isEqualTo(2);
  }

  @Test
  void countsAngleBracketsInPlainTextAsCharacters() {
    assertThat(WordCounter.countText("<b>bold</b>")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt"})
  void landsWithinTwoPercentOfWcOnEachSeed(String seed) throws IOException {
    // given the seed's story text: every line but the front matter (the A/N line, the byline, the
    // disclaimer) and the "Part 2" heading, as `wc -w` would see the chapter text alone
    List<String> story = storyLines(seed);
    String text = String.join("\n", story);
    long whitespaceTokens = Arrays.stream(text.split("\\s+")).filter(t -> !t.isEmpty()).count();

    // when
    int words = WordCounter.countText(text);

    // then: the counts differ only where AO3 splits ("Lex…why" is two words) or joins
    assertThat((double) words).isCloseTo(whitespaceTokens, within(whitespaceTokens * 0.02));
    assertThat(WordCounter.countHtml(asParagraphs(story))).isEqualTo(words);
  }

  private static final Pattern NOT_STORY =
      Pattern.compile("^(?:A/N\\b|BY :|Disclaimer:|Part \\d+$)");

  private static List<String> storyLines(String seed) throws IOException {
    try (InputStream in = WordCounterTest.class.getResourceAsStream("/seeds/" + seed)) {
      assertThat(in).as(seed).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !NOT_STORY.matcher(line).find())
          .toList();
    }
  }

  private static String asParagraphs(List<String> lines) {
    Document document = Document.createShell("");
    lines.forEach(line -> document.body().appendElement("p").appendText(line));
    return document.body().html();
  }
}
