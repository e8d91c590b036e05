package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The taggers read every word of every imported story with hand-written scans instead of regular
 * expressions; these tests hold the scans to what the expressions they replaced find.
 */
class TextScanTest {

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*");
  private static final Set<String> FORMS =
      Set.of("Lex", "Lex Luthor", "Luthor", "Lana", "Lana Lang", "Mr. Kent", "Kent", "Ä", "Chlo\u00e9", "𝒜da");
  private static final String[] PIECES = {
    "Lex", "Luthor", "Lana", "Lang", "Mr.", "Kent", "Ä", "Chlo\u00e9", "𝒜da", "𝒜", " ", " ", " ", "'",
    "’", "-", "don", "t", "half", "elf", "1", "Ⅻ", "²", ",", ".", "\n", "é", "x", "_", "Lexx", "s"
  };

  @Test
  void splitsWordsAsWritten() {
    assertThat(TextWords.of("Don't go, half-elf! It's 12 o'clock -- 'quoted' ’tis", 100))
        .containsExactly("Don't", "go", "half-elf", "It's", "o'clock", "quoted", "tis");
    assertThat(TextWords.of("one two three", 2)).containsExactly("one", "two");
  }

  @Test
  void findsTheWordsTheRegularExpressionFinds() {
    Random random = new Random(7);
    for (int run = 0; run < 3_000; run++) {
      String text = randomText(random);
      List<String> expected = new ArrayList<>();
      Matcher matcher = WORD.matcher(text);
      while (matcher.find()) {
        expected.add(matcher.group());
      }
      assertThat(TextWords.of(text, Integer.MAX_VALUE)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void findsNamesAsWholeWordsLongestFirst() {
    assertThat(formsIn("Lex Luthor met Lana Langley and Lex; Mr. Kent saw Lexx and ALex."))
        .containsExactly("Lex Luthor", "Lana", "Lex", "Mr. Kent");
  }

  @Test
  void findsTheNamesTheRegularExpressionFinds() {
    Pattern alternation = alternation(FORMS);
    Random random = new Random(11);
    for (int run = 0; run < 3_000; run++) {
      String text = randomText(random);
      List<String> expected = new ArrayList<>();
      Matcher matcher = alternation.matcher(text);
      while (matcher.find()) {
        expected.add(matcher.group());
      }
      assertThat(formsIn(text)).as(text).isEqualTo(expected);
    }
  }

  private static List<String> formsIn(String text) {
    List<String> found = new ArrayList<>();
    new CharacterMentions.FormScanner(FORMS).scan(text, found::add);
    return found;
  }

  /** The expression the form scanner replaced: every form, longest first, as a whole word. */
  private static Pattern alternation(Set<String> forms) {
    List<String> longestFirst = new ArrayList<>(forms);
    longestFirst.sort((a, b) -> b.length() - a.length());
    StringBuilder alternation = new StringBuilder();
    for (String form : longestFirst) {
      alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(form));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }
}
