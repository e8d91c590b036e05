package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the language a story is written in, as a BCP 47 tag ({@code "en"}, {@code "fr"}, {@code
 * "ja"}), for the importer to fill a missing {@link StoryDocument#language()}.
 *
 * <p>Texts in a script one language owns here (kana, Hangul, Greek, Thai, Hebrew, Arabic,
 * Devanagari; Han alone means Chinese; Cyrillic means Russian, or Ukrainian by its own letters)
 * are told by script; texts in Latin script by which language's most frequent function words
 * ({@code language-profiles.txt}) make up most of them. A language is named only when its words
 * make up at least {@value #MIN_SHARE} of the text and clearly more than the runner-up's; a short
 * or mixed text gets none. Language is not a tag kind, so this is not a {@link SuggestionRule}.
 * Immutable and thread-safe.
 */
public final class LanguageDetector {

  static final double MIN_SHARE = 0.1;
  private static final double MIN_LEAD = 1.3;
  private static final int MIN_WORDS = 20;
  private static final int SAMPLE_WORDS = 20_000;
  private static final int SAMPLE_LETTERS = 20_000;
  private static final String RESOURCE = "language-profiles.txt";

  /** The profiles' languages, in the profiles' order. */
  private final List<String> languages;
  /** Each profile word, with the languages (indexes in {@link #languages}) whose profiles hold it, in the profiles' order. */
  private final Map<String, int[]> languagesOfWord;

  /** A detector with the profiles shipped with Quire. */
  public LanguageDetector() {
    Map<String, Set<String>> profiles = load();
    this.languages = List.copyOf(profiles.keySet());
    this.languagesOfWord = byWord(profiles, languages);
  }

  /**
   * The language of {@code story}'s chapters, or empty when the story states its own language or
   * the text is too short or mixed to tell.
   */
  public Optional<String> detectLanguage(StoryDocument story) {
    if (story.language() != null && !story.language().isBlank()) {
      return Optional.empty();
    }
    // Detection reads at most SAMPLE_WORDS words (and fewer letters): the opening chapters do.
    return detect(StoryText.opening(story, SAMPLE_WORDS).paragraphs());
  }

  /** The language of {@code text}, or empty when it is too short or mixed to tell. */
  public Optional<String> detect(String text) {
    return detect(List.of(text));
  }

  /**
   * The language of {@code paragraphs}, one after another, or empty when they are too short or
   * mixed to tell: what {@link #detect(String)} tells of them joined by line breaks.
   */
  Optional<String> detect(List<String> paragraphs) {
    Optional<String> byScript = ScriptCensus.of(paragraphs, SAMPLE_LETTERS).language();
    return byScript.isPresent() ? byScript : byWords(paragraphs);
  }

  private Optional<String> byWords(List<String> paragraphs) {
    List<String> words = TextWords.of(paragraphs, SAMPLE_WORDS);
    if (words.size() < MIN_WORDS) {
      return Optional.empty();
    }
    // Each language's share of the words, in an array rather than a map of boxed sums: this reads
    // up to SAMPLE_WORDS words of every imported story.
    double[] hits = new double[languages.size()];
    for (String word : words) {
      // A word several languages share ("de", "la") says less than one only this language uses.
      int[] using = languagesOfWord.get(word.toLowerCase(Locale.ROOT));
      if (using == null) {
        continue;
      }
      for (int language : using) {
        hits[language] += 1.0 / using.length;
      }
    }
    // The two largest shares. Which of two equal ones comes first does not matter: the leader must
    // lead the runner-up by MIN_LEAD, so a tie for the lead tells no language either way.
    int first = -1;
    int second = -1;
    for (int language = 0; language < hits.length; language++) {
      if (hits[language] == 0) {
        continue;
      }
      if (first < 0 || hits[language] > hits[first]) {
        second = first;
        first = language;
      } else if (second < 0 || hits[language] > hits[second]) {
        second = language;
      }
    }
    if (first < 0 || hits[first] < MIN_SHARE * words.size()) {
      return Optional.empty();
    }
    double runnerUp = second < 0 ? 0 : hits[second];
    return hits[first] >= MIN_LEAD * runnerUp ? Optional.of(languages.get(first)) : Optional.empty();
  }

  /**
   * Turns the profiles round, so that a word is looked up once rather than in every profile: the
   * detector reads up to {@value #SAMPLE_WORDS} words of every imported story.
   */
  private static Map<String, int[]> byWord(Map<String, Set<String>> profiles, List<String> languages) {
    Map<String, List<Integer>> using = new HashMap<>();
    profiles.forEach((tag, words) -> words.forEach(
        word -> using.computeIfAbsent(word, w -> new ArrayList<>()).add(languages.indexOf(tag))));
    Map<String, int[]> byWord = new HashMap<>();
    using.forEach((word, indexes) -> byWord.put(word, indexes.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(byWord);
  }

  private static Map<String, Set<String>> load() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Set<String>> profiles = new LinkedHashMap<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(line -> {
            String[] fields = line.split("\\s+");
            profiles.put(fields[0], Set.of(List.of(fields).subList(1, fields.length).stream()
                .distinct().toArray(String[]::new)));
          });
      return profiles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
