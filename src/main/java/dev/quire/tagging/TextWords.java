package dev.quire.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Splits prose into words as written: letters, joined by apostrophes or hyphens. */
final class TextWords {

  private TextWords() {}

  /**
   * The words of {@code text} in order, at most {@code limit} of them: runs of letters, where an
   * apostrophe or hyphen between two letters joins them ("don't" and "half-elf" are one word
   * each); digits and punctuation are no words. A scan rather than a regular expression, since
   * it reads every word of every imported story.
   */
  static List<String> of(String text, int limit) {
    return of(List.of(text), limit);
  }

  /**
   * The words of {@code paragraphs}, one after another, at most {@code limit} of them: those of
   * the paragraphs joined by line breaks, without joining them.
   */
  static List<String> of(List<String> paragraphs, int limit) {
    List<String> words = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (words.size() >= limit) {
        break;
      }
      scan(paragraph, limit - words.size(), words::add);
    }
    return words;
  }

  /**
   * Counts the words of a story's chapters, each distinct word once: a book's words are never all
   * held at once (a 50 MB file has millions), only the words it uses.
   *
   * @param distinct where each word's count is added
   * @return how many words there are
   */
  static int tally(StoryText story, Map<String, Integer> distinct) {
    int words = 0;
    for (String paragraph : story.paragraphs()) {
      words += scan(paragraph, Integer.MAX_VALUE, word -> distinct.merge(word, 1, Integer::sum));
    }
    return words;
  }

  /** Hands {@code found} the words of {@code text} in order, at most {@code limit}; returns how many. */
  private static int scan(String text, int limit, Consumer<String> found) {
    int count = 0;
    int i = 0;
    while (count < limit && i < text.length()) {
      if (!Character.isLetter(text.codePointAt(i))) {
        i++;
        continue;
      }
      int start = i;
      i = afterLetters(text, i);
      while (i + 1 < text.length() && isJoiner(text.charAt(i)) && Character.isLetter(text.codePointAt(i + 1))) {
        i = afterLetters(text, i + 1);
      }
      found.accept(text.substring(start, i));
      count++;
    }
    return count;
  }

  private static int afterLetters(String text, int i) {
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (!Character.isLetter(codePoint)) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return i;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-';
  }
}
