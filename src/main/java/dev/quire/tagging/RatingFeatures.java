package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tagging.RatingTerms.Category;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a rating is judged by: how often a story's chapters use the terms of each {@link
 * RatingTerms.Category}, with the most frequent terms as examples for an editor.
 *
 * @param words the number of words in the chapters
 * @param counts occurrences per category (every category present)
 * @param examples per category, its distinct terms most frequent first (at most {@value
 *     #EXAMPLES})
 */
record RatingFeatures(int words, Map<Category, Integer> counts, Map<Category, List<String>> examples) {

  static final int EXAMPLES = 3;

  RatingFeatures {
    counts = Map.copyOf(counts);
    examples = Map.copyOf(examples);
  }

  /** Counts the terms of {@code terms} in the chapters of {@code story}. */
  static RatingFeatures measure(StoryText text, RatingTerms terms) {
    Map<Category, Map<String, Integer>> found = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      found.put(category, new LinkedHashMap<>());
    }
    // Each distinct word is looked up once: a story repeats its words many times over.
    Map<String, Integer> distinct = new LinkedHashMap<>();
    int words = TextWords.tally(text, distinct);
    distinct.forEach((word, count) ->
        terms.categoryOf(word).ifPresent(c -> found.get(c).put(word, count)));
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    Map<Category, List<String>> examples = new EnumMap<>(Category.class);
    found.forEach(
        (category, tally) -> {
          counts.put(category, tally.values().stream().mapToInt(Integer::intValue).sum());
          List<Map.Entry<String, Integer>> ranked = new ArrayList<>(tally.entrySet());
          ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
          examples.put(category, ranked.stream().limit(EXAMPLES).map(Map.Entry::getKey).toList());
        });
    return new RatingFeatures(words, counts, examples);
  }

  int count(Category category) {
    return counts.get(category);
  }

  /** Occurrences of the category per 1,000 words; 0 for a story without words. */
  double perThousand(Category category) {
    return words == 0 ? 0 : 1000.0 * count(category) / words;
  }

  /** "explicit terms: 14 (7.6 per 1,000 words), e.g. a, b; violence: 0; profanity: 2 (…)". */
  String describe() {
    List<String> parts = new ArrayList<>();
    for (Category category : Category.values()) {
      String label = category == Category.EXPLICIT ? "explicit terms" : label(category);
      int count = count(category);
      parts.add(count == 0
          ? label + ": 0"
          : String.format("%s: %d (%.1f per 1,000 words), e.g. %s", label, count,
              perThousand(category), String.join(", ", examples.get(category))));
    }
    return String.join("; ", parts) + String.format("; %,d words", words);
  }

  /**
   * "no explicit or sensual terms in 12,300 words; violence: 20 (1.6 per 1,000 words), e.g. …;
   * profanity: 0": what a rating from missing terms rests on.
   */
  String describeAbsence() {
    List<String> parts = new ArrayList<>();
    parts.add(String.format("no explicit or sensual terms in %,d words", words));
    for (Category category : List.of(Category.VIOLENCE, Category.PROFANITY)) {
      int count = count(category);
      parts.add(count == 0
          ? label(category) + ": 0"
          : String.format("%s: %d (%.1f per 1,000 words), e.g. %s", label(category), count,
              perThousand(category), String.join(", ", examples.get(category))));
    }
    return String.join("; ", parts);
  }

  private static String label(Category category) {
    return category.name().toLowerCase(Locale.ROOT);
  }
}
