package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The taggers read every word of every imported story with hand-written scans instead of regular
 * expressions and joined strings; these tests hold the scans to what the expressions and the
 * plainer readings they replaced find.
 */
class TextScanTest {

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"'”’)\\]]*\\s+");
  private static final String[] SENTENCE_PIECES = {
    "Lex", " kissed her", "Lana", ".", ".", "!", "?", "…", "\"", "'", "”", "’", ")", "]", " ", " ",
    "\t", "\n", "\u00a0", "3", "x", "?!", ". ", "\" ", "𝒜"
  };
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

  @Test
  void splitsSentencesWhereTheRegularExpressionDid() {
    assertThat(Relationships.sentences("\"Stay.\" He left! Did she? 3.5 is… fine"))
        .containsExactly("\"Stay.", "He left!", "Did she?", "3.5 is…", "fine");
    assertThat(Relationships.sentences("")).containsExactly("");
    Random random = new Random(13);
    for (int run = 0; run < 5_000; run++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(14);
      for (int i = 0; i < pieces; i++) {
        text.append(SENTENCE_PIECES[random.nextInt(SENTENCE_PIECES.length)]);
      }
      String paragraph = text.toString();
      assertThat(Relationships.sentences(paragraph)).as(paragraph)
          .isEqualTo(List.of(SENTENCE_END.split(paragraph)));
    }
  }

  @Test
  void readsParagraphsAsTheirTextJoinedByLineBreaks() {
    LanguageDetector detector = new LanguageDetector();
    Random random = new Random(17);
    for (int run = 0; run < 2_000; run++) {
      List<String> paragraphs = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        paragraphs.add(randomText(random) + " the " + randomText(random));
      }
      String joined = String.join("\n", paragraphs);
      int limit = random.nextInt(30);
      assertThat(TextWords.of(paragraphs, limit)).as(joined).isEqualTo(TextWords.of(joined, limit));
      assertThat(detector.detect(paragraphs)).as(joined).isEqualTo(detector.detect(joined));
    }
  }

  @Test
  void countsATermAsTheFirstCategoryListingItOrItsPrefix() {
    List<String> lines = List.of(
        "[explicit]", "bare", "strip*",
        "[sensual]", "kiss*", "strip", "barely",
        "[violence]", "stab*", "bare*", "kissing",
        "[profanity]", "damn", "st*");
    RatingTerms terms = RatingTerms.parse(lines);
    String[] words = {"bare", "barely", "bares", "strip", "stripped", "kiss", "kissing", "stab", "stabbed",
        "damn", "damned", "st", "sting", "s", "Kiss", "bar", ""};
    for (String word : words) {
      assertThat(terms.categoryOf(word)).as(word).isEqualTo(firstListing(lines, word));
    }
    assertThat(terms.categoryOf("barely")).contains(RatingTerms.Category.SENSUAL);
    assertThat(terms.categoryOf("bares")).contains(RatingTerms.Category.VIOLENCE);
    assertThat(terms.categoryOf("sting")).contains(RatingTerms.Category.PROFANITY);
  }

  /** The plain reading of the lists: each category in turn, its words, then its prefixes. */
  private static Optional<RatingTerms.Category> firstListing(List<String> lines, String word) {
    if (!word.equals(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    RatingTerms.Category section = null;
    RatingTerms.Category found = null;
    for (String line : lines) {
      if (line.startsWith("[")) {
        section = RatingTerms.Category.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
      } else if (line.endsWith("*") ? word.startsWith(line.substring(0, line.length() - 1)) : word.equals(line)) {
        if (found == null || section.ordinal() < found.ordinal()) {
          found = section;
        }
      }
    }
    return Optional.ofNullable(found);
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
