package dev.quire.tagging;

import java.util.ArrayList;
import java.util.List;

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
    List<String> words = new ArrayList<>();
    int i = 0;
    while (words.size() < limit && i < text.length()) {
      if (!Character.isLetter(text.codePointAt(i))) {
        i++;
        continue;
      }
      int start = i;
      i = afterLetters(text, i);
      while (i + 1 < text.length() && isJoiner(text.charAt(i)) && Character.isLetter(text.codePointAt(i + 1))) {
        i = afterLetters(text, i + 1);
      }
      words.add(text.substring(start, i));
    }
    return words;
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

  /** The words of a story's chapters. */
  static List<String> of(StoryText story, int limit) {
    return of(String.join("\n", story.paragraphs()), limit);
  }
}
