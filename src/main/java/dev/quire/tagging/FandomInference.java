package dev.quire.tagging;

import dev.quire.tagging.CharacterMentions.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the fandom of a story that does not say it, from the characters' full names. A fandom is
 * inferred only on several signs: a full name scores 2, a cast member named by first name or
 * surname 1, the fandom's own name in the text 1; it needs at least one full name, {@value
 * #THRESHOLD} points and a strict lead, so a lone "Clark" or a tie between fandoms infers nothing.
 */
final class FandomInference {

  static final int THRESHOLD = 4;
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)+");

  /** A fandom the names point to, with its score and the names found. */
  record Inferred(Fandom fandom, int score, List<String> fullNames, List<String> others, String title) {
    String evidence() {
      String text = "full names " + String.join(", ", fullNames);
      if (!others.isEmpty()) {
        text += "; also named: " + String.join(", ", others);
      }
      return title == null ? text : text + "; the text names \"" + title + "\"";
    }
  }

  private FandomInference() {}

  static Optional<Inferred> infer(StoryText text, Vocabulary vocabulary) {
    Map<Fandom, Set<String>> fullNames = fullNamesByFandom(text, vocabulary);
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

  private static Inferred score(Fandom fandom, Set<String> fullNames, StoryText text) {
    List<String> others = new ArrayList<>();
    for (Mention mention : CharacterMentions.find(text, fandom.characters())) {
      if (!fullNames.contains(mention.character().bareName())) {
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
