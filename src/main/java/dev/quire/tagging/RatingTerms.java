package dev.quire.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

  private final Map<Category, Set<String>> words = new EnumMap<>(Category.class);
  private final Map<Category, Set<String>> prefixes = new EnumMap<>(Category.class);
  private final Map<Category, Set<Integer>> prefixLengths = new EnumMap<>(Category.class);

  private RatingTerms() {
    for (Category category : Category.values()) {
      words.put(category, new HashSet<>());
      prefixes.put(category, new HashSet<>());
      prefixLengths.put(category, new TreeSet<>());
    }
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
    RatingTerms terms = new RatingTerms();
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
        String prefix = line.substring(0, line.length() - 1);
        terms.prefixes.get(section).add(prefix);
        terms.prefixLengths.get(section).add(prefix.length());
      } else {
        terms.words.get(section).add(line);
      }
    }
    return terms;
  }

  /**
   * What {@code word} counts as, if anything. Only lower-case words count: a capital usually marks
   * a name, and the lists hold no word that matters most at the start of a sentence.
   */
  Optional<Category> categoryOf(String word) {
    if (!word.equals(word.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (Category category : Category.values()) {
      if (words.get(category).contains(word) || hasPrefix(category, word)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a prefix of the category starts {@code word}: a set lookup per prefix length, since
   * this runs for every word of every imported story.
   */
  private boolean hasPrefix(Category category, String word) {
    Set<String> starts = prefixes.get(category);
    for (int length : prefixLengths.get(category)) {
      if (length <= word.length() && starts.contains(word.substring(0, length))) {
        return true;
      }
    }
    return false;
  }
}
