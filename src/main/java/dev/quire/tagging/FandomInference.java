package dev.quire.tagging;

import dev.quire.tagging.CharacterMentions.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the fandom of a story that does not say it, from the characters' names. A fandom is
 * inferred only on several signs: a full name scores 2, a cast member named by first name or
 * surname 1, the fandom's own name in the text 1; it needs {@value #THRESHOLD} points, a strict
 * lead, and at least one full name or else {@value #DISTINCTIVE_ALONE} characters each named
 * {@value #DISTINCTIVE_MIN} times or more, inside a sentence, by a one-word name no other fandom's
 * cast has ("Sasuke", "Kakashi", "Itachi": a story may name its cast by given names only; a
 * capital inside a sentence marks a name, one opening it does not). So a lone "Clark", a "Harry"
 * of many fandoms, or a tie between fandoms infers nothing.
 */
final class FandomInference {

  static final int THRESHOLD = 4;
  static final int DISTINCTIVE_ALONE = 3;
  static final int DISTINCTIVE_MIN = 2;
  // A capitalised word, its hyphened or apostrophed parts capitalised too ("Obi-Wan"; "Naruto" of
  // "Naruto's", "Sasuke" of "Sasuke-kun"), not the end of a longer word ("Vries" of "deVries").
  private static final Pattern CAPITALISED_WORD =
      Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{L}*(?:[-'’]\\p{Lu}\\p{L}*)*");
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)+");

  /** A fandom the names point to, with its score and the names found. */
  record Inferred(Fandom fandom, int score, List<String> fullNames, List<String> others, String title) {
    String evidence() {
      String text = fullNames.isEmpty() ? "no full name; names no other fandom's cast has"
          : "full names " + String.join(", ", fullNames);
      if (!others.isEmpty()) {
        text += "; also named: " + String.join(", ", others);
      }
      return title == null ? text : text + "; the text names \"" + title + "\"";
    }
  }

  private FandomInference() {}

  static Optional<Inferred> infer(StoryText text, Vocabulary vocabulary) {
    Map<Fandom, Set<String>> fullNames = fullNamesByFandom(text, vocabulary);
    distinctivelyNamed(text, vocabulary).forEach(fandom -> fullNames.putIfAbsent(fandom, Set.of()));
    List<Inferred> ranked = new ArrayList<>();
    fullNames.forEach((fandom, names) -> ranked.add(score(fandom, names, text)));
    ranked.sort(Comparator.comparingInt(Inferred::score).reversed());
    if (ranked.isEmpty() || ranked.getFirst().score() < THRESHOLD) {
      return Optional.empty();
    }
    if (ranked.size() > 1 && ranked.get(1).score() == ranked.getFirst().score()) {
      return Optional.empty();
    }
    return Optional.of(ranked.getFirst());
  }

  private static Map<Fandom, Set<String>> fullNamesByFandom(StoryText text, Vocabulary vocabulary) {
    Map<String, List<Fandom>> index = vocabulary.fullNameIndex();
    Map<Fandom, Set<String>> found = new HashMap<>();
    for (String paragraph : text.paragraphs()) {
      Matcher run = CAPITALISED_RUN.matcher(paragraph);
      while (run.find()) {
        String[] words = run.group().split("\\s+");
        for (int n = 2; n <= 3; n++) {
          for (int i = 0; i + n <= words.length; i++) {
            String name = String.join(" ", List.of(words).subList(i, i + n));
            for (Fandom fandom : index.getOrDefault(name, List.of())) {
              found.computeIfAbsent(fandom, f -> new LinkedHashSet<>()).add(name);
            }
          }
        }
      }
    }
    return found;
  }

  /**
   * The fandoms of which {@value #DISTINCTIVE_ALONE} characters or more are each named {@value
   * #DISTINCTIVE_MIN} times or more, inside sentences, by one-word names only that fandom's cast has.
   */
  private static List<Fandom> distinctivelyNamed(StoryText text, Vocabulary vocabulary) {
    Map<String, Vocabulary.CastMember> index = vocabulary.distinctiveNameIndex();
    Map<String, Integer> counts = new HashMap<>();
    for (String paragraph : text.paragraphs()) {
      Matcher word = CAPITALISED_WORD.matcher(paragraph);
      while (word.find()) {
        if (index.containsKey(word.group()) && insideASentence(paragraph, word.start())) {
          counts.merge(word.group(), 1, Integer::sum);
        }
      }
    }
    // By identity: a fandom's hash is its whole cast's.
    Map<Fandom, Set<CanonCharacter>> named = new IdentityHashMap<>();
    counts.forEach((name, count) -> {
      if (count >= DISTINCTIVE_MIN) {
        Vocabulary.CastMember member = index.get(name);
        named.computeIfAbsent(member.fandom(), f -> Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(member.character());
      }
    });
    return named.entrySet().stream()
        .filter(characters -> characters.getValue().size() >= DISTINCTIVE_ALONE)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Whether a word starting at {@code start} follows other words of its sentence: after a letter
   * or digit, a comma, a semicolon or a dash, or a closing quotation mark after a comma ("Come
   * on," Naruto said).
   */
  private static boolean insideASentence(String paragraph, int start) {
    int before = start;
    while (before > 0 && Character.isWhitespace(paragraph.codePointBefore(before))) {
      before -= Character.charCount(paragraph.codePointBefore(before));
    }
    if (before == 0) {
      return false;
    }
    int previous = paragraph.codePointBefore(before);
    if ("\"”’'".indexOf(previous) >= 0) {
      before -= Character.charCount(previous);
      return before > 0 && paragraph.codePointBefore(before) == ',';
    }
    return Character.isLetterOrDigit(previous) || ",;—–".indexOf(previous) >= 0;
  }

  private static Inferred score(Fandom fandom, Set<String> fullNames, StoryText text) {
    List<String> others = new ArrayList<>();
    for (Mention mention : CharacterMentions.find(text, fandom.characters())) {
      if (mention.character().fullNames().stream().noneMatch(fullNames::contains)) {
        others.add(mention.character().name());
      }
    }
    String title = titleIn(fandom, text);
    int score = 2 * fullNames.size() + others.size() + (title == null ? 0 : 1);
    return new Inferred(fandom, score, List.copyOf(fullNames), others, title);
  }

  private static String titleIn(Fandom fandom, StoryText text) {
    List<String> titles = new ArrayList<>(fandom.aliases());
    titles.add(fandom.name().replaceFirst("\\s*\\([^)]*\\)\\s*$", ""));
    for (String title : titles) {
      if (title.length() < 4) {
        continue;
      }
      Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(title) + "(?![\\p{L}])");
      if (text.paragraphs().stream().anyMatch(p -> word.matcher(p).find())) {
        return title;
      }
    }
    return null;
  }
}
