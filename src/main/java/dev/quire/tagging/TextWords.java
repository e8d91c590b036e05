package dev.quire.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits prose into words as written: letters, joined by apostrophes or hyphens. */
final class TextWords {

  // "don't" and "half-elf" are one word each; digits and punctuation are no words.
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*");

  private TextWords() {}

  /** The words of {@code text} in order, at most {@code limit} of them. */
  static List<String> of(String text, int limit) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (words.size() < limit && matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /** The words of a story's chapters. */
  static List<String> of(StoryText story, int limit) {
    return of(String.join("\n", story.paragraphs()), limit);
  }
}
