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

  /** Each profile word, with the languages whose profiles hold it, in the profiles' order. */
  private final Map<String, List<String>> languagesOfWord;

  /** A detector with the profiles shipped with Quire. */
  public LanguageDetector() {
    this.languagesOfWord = byWord(load());
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
    return detect(String.join("\n", StoryText.opening(story, SAMPLE_WORDS).paragraphs()));
  }

  /** The language of {@code text}, or empty when it is too short or mixed to tell. */
  public Optional<String> detect(String text) {
    Optional<String> byScript = ScriptCensus.of(text, SAMPLE_LETTERS).language();
    return byScript.isPresent() ? byScript : byWords(text);
  }

  private Optional<String> byWords(String text) {
    List<String> words = TextWords.of(text, SAMPLE_WORDS);
    if (words.size() < MIN_WORDS) {
      return Optional.empty();
    }
    Map<String, Double> hits = new LinkedHashMap<>();
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      // A word several languages share ("de", "la") says less than one only this language uses.
      List<String> using = languagesOfWord.getOrDefault(lower, List.of());
      using.forEach(tag -> hits.merge(tag, 1.0 / using.size(), Double::sum));
    }
    List<Map.Entry<String, Double>> ranked = hits.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
    if (ranked.isEmpty() || ranked.getFirst().getValue() < MIN_SHARE * words.size()) {
      return Optional.empty();
    }
    double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
    return ranked.getFirst().getValue() >= MIN_LEAD * runnerUp
        ? Optional.of(ranked.getFirst().getKey())
        : Optional.empty();
  }

  /**
   * Turns the profiles round, so that a word is looked up once rather than in every profile: the
   * detector reads up to {@value #SAMPLE_WORDS} words of every imported story.
   */
  private static Map<String, List<String>> byWord(Map<String, Set<String>> profiles) {
    Map<String, List<String>> languages = new HashMap<>();
    profiles.forEach((tag, words) -> words.forEach(
        word -> languages.computeIfAbsent(word, w -> new ArrayList<>()).add(tag)));
    languages.replaceAll((word, tags) -> List.copyOf(tags));
    return Map.copyOf(languages);
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
