package dev.quire.work;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
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

  private static final String CHARACTER_SCRIPTS =
      "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}";
  private static final Pattern WORD =
      Pattern.compile(
          "["
              + CHARACTER_SCRIPTS
              + "]|(?:(?!["
              + CHARACTER_SCRIPTS
              + "])[\\p{L}\\p{M}\\p{Nd}\\p{Pc}])+");
  private static final Pattern JOINERS = Pattern.compile("['’‘-]");

  private WordCounter() {}

  /** The word count of an HTML fragment such as a chapter body; 0 for {@code null}. */
  public static int countHtml(String html) {
    if (html == null || html.isEmpty()) {
      return 0;
    }
    int[] total = {0};
    NodeVisitor visitor =
        (Node node, int depth) -> {
          if (node instanceof TextNode text) {
            total[0] += countText(text.getWholeText());
          }
        };
    Jsoup.parseBodyFragment(html).body().traverse(visitor);
    return total[0];
  }

  /** The word count of plain text, read as is (angle brackets are just characters); 0 for null. */
  public static int countText(String plainText) {
    if (plainText == null || plainText.isEmpty()) {
      return 0;
    }
    String joined = JOINERS.matcher(plainText.replace("--", "—")).replaceAll("");
    Matcher words = WORD.matcher(joined);
    int count = 0;
    while (words.find()) {
      count++;
    }
    return count;
  }
}
