package dev.quire.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The curated word lists a rating is judged by, read from {@code rating-terms.txt} beside this
 * class: one term a line under a {@code [section]} heading, {@code *} ending a prefix. Immutable and
 * thread-safe once loaded.
 */
final class RatingTerms {

  /** What a term counts as. */
  enum Category {
    EXPLICIT,
    SENSUAL,
    VIOLENCE,
    PROFANITY
  }

  private static final String RESOURCE = "rating-terms.txt";

  // Each term with the first category (in the enum's order) that lists it, whole words and
  // prefixes apart; and every length a prefix has, shortest first.
  private final Map<String, Category> words;
  private final Map<String, Category> prefixes;
  private final int[] prefixLengths;

  private RatingTerms(Map<Category, List<String>> words, Map<Category, List<String>> prefixes) {
    this.words = firstCategories(words);
    this.prefixes = firstCategories(prefixes);
    this.prefixLengths = this.prefixes.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
  }

  // The maps iterate in the enum's order: a term two categories list counts as the first's.
  private static Map<String, Category> firstCategories(Map<Category, List<String>> lists) {
    Map<String, Category> first = new HashMap<>();
    lists.forEach((category, terms) -> terms.forEach(term -> first.putIfAbsent(term, category)));
    return first;
  }

  /** The lists shipped with Quire. */
  static RatingTerms load() {
    try (InputStream in = RatingTerms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RatingTerms parse(List<String> lines) {
    Map<Category, List<String>> words = new EnumMap<>(Category.class);
    Map<Category, List<String>> prefixes = new EnumMap<>(Category.class);
    Category section = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        section = Category.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
      } else if (section == null) {
        throw new IllegalArgumentException("term outside a section: " + line);
      } else if (line.endsWith("*")) {
        prefixes.computeIfAbsent(section, c -> new ArrayList<>()).add(line.substring(0, line.length() - 1));
      } else {
        words.computeIfAbsent(section, c -> new ArrayList<>()).add(line);
      }
    }
    return new RatingTerms(words, prefixes);
  }

  /**
   * What {@code word} counts as, if anything: the first category (in the enum's order) that lists
   * it or a prefix of it. Only lower-case words count: a capital usually marks a name, and the
   * lists hold no word that matters most at the start of a sentence. A lookup for the word and
   * one per prefix length, whatever the category: this runs for every distinct word of every
   * imported story.
   */
  Optional<Category> categoryOf(String word) {
    if (!word.equals(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Category first = words.get(word);
    for (int length : prefixLengths) {
      if (length > word.length() || first != null && first.ordinal() == 0) { // nothing ranks before the first
        break;
      }
      Category byPrefix = prefixes.get(word.substring(0, length));
      if (byPrefix != null && (first == null || byPrefix.ordinal() < first.ordinal())) {
        first = byPrefix;
      }
    }
    return Optional.ofNullable(first);
  }
}
