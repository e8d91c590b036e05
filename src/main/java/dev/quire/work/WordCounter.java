package dev.quire.work;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Counts words the way AO3 does, so a work shows the same count here as it would there.
 *
 * <p>The rule, applied to each text node of the HTML separately (markup never counts):
 *
 * <ol>
 *   <li>replace {@code --} with an em dash, so "one--two" stays two words;
 *   <li>delete apostrophes ({@code ' ’ ‘}) and hyphens ({@code -}), so "one-word" and "one's" are
 *       one word each;
 *   <li>count each Han, Hiragana, Katakana or Thai character as a word of its own, since those
 *       scripts do not put spaces between words;
 *   <li>count every other run of word characters: letters, combining marks, decimal digits and
 *       connector punctuation ({@code [\p{L}\p{M}\p{Nd}\p{Pc}]+}).
 * </ol>
 *
 * <p>Punctuation and symbols never count, and a word split across two elements ({@code
 * <b>wo</b>rd}) counts twice, as on AO3. Stateless and thread-safe.
 */
public final class WordCounter {

  // Scripts written without spaces; below U+0E00 (Thai) no character belongs to one.
  private static final int FIRST_CHARACTER_SCRIPT_CODE_POINT = 0x0E00;

  private WordCounter() {}

  /** The word count of an HTML fragment such as a chapter body; 0 for {@code null}. */
  public static int countHtml(String html) {
    if (html == null || html.isEmpty()) {
      return 0;
    }
    return count(Jsoup.parseBodyFragment(html).body());
  }

  /** The word count of parsed HTML: each of its text nodes counted apart. */
  static int count(Element root) {
    int[] total = {0};
    NodeVisitor visitor =
        (Node node, int depth) -> {
          if (node instanceof TextNode text) {
            total[0] += countText(text.getWholeText());
          }
        };
    root.traverse(visitor);
    return total[0];
  }

  /**
   * The word count of plain text, read as is (angle brackets are just characters); 0 for null.
   *
   * <p>One pass over the code points, equivalent to the rule above: apostrophes and single hyphens
   * join the characters around them, {@code --} separates, and each character of a script written
   * without spaces is a word of its own. (A regular expression said the same thing at a third of
   * the speed, which bulk imports of whole books felt.)
   */
  public static int countText(String plainText) {
    if (plainText == null || plainText.isEmpty()) {
      return 0;
    }
    int count = 0;
    boolean inWord = false;
    int length = plainText.length();
    int i = 0;
    while (i < length) {
      int cp = plainText.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '-' && next < length && plainText.charAt(next) == '-') {
        inWord = false;
        next++;
      } else if (isJoiner(cp)) {
        // Deleted before counting: "one's" and "one-word" are one word each.
      } else if (isCharacterScript(cp)) {
        count++;
        inWord = false;
      } else if (isWordCharacter(cp)) {
        if (!inWord) {
          count++;
          inWord = true;
        }
      } else {
        inWord = false;
      }
      i = next;
    }
    return count;
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '-' || cp == '\u2019' || cp == '\u2018';
  }

  private static boolean isCharacterScript(int cp) {
    if (cp < FIRST_CHARACTER_SCRIPT_CODE_POINT || !Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI;
  }

  /** Letters, marks, decimal digits and connector punctuation: {@code [\p{L}\p{M}\p{Nd}\p{Pc}]}. */
  private static boolean isWordCharacter(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.CONNECTOR_PUNCTUATION -> true;
      default -> false;
    };
  }
}
