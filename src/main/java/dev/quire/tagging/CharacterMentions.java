package dev.quire.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a story names the characters of its fandoms: by full name, by a stated alias, or by a first
 * name or surname that no other character of those fandoms shares. A name two characters share
 * ("Kent" for Martha and Jonathan) counts for neither unless the vocabulary states it for one.
 */
final class CharacterMentions {

  // Derived aliases that are also everyday words would count sentence openings as characters.
  private static final Set<String> COMMON_WORDS =
      Set.of("The", "Will", "May", "Grace", "Hope", "Mark", "Bill", "Young", "King", "Doctor", "Big");

  /** One character's mentions: how often each form occurs and in which paragraphs. */
  record Mention(CanonCharacter character, Map<String, Integer> forms, Set<Integer> paragraphs) {
    int count() {
      return forms.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean byFullName() {
      return forms.containsKey(character.bareName()) && character.bareName().contains(" ");
    }

    /** "named 12 times (Lex Luthor 5, Lex 7)". */
    String describe() {
      StringBuilder forms = new StringBuilder();
      this.forms.forEach((form, n) -> forms.append(forms.isEmpty() ? "" : ", ").append(form).append(' ').append(n));
      return "named " + count() + (count() == 1 ? " time (" : " times (") + forms + ")";
    }
  }

  private CharacterMentions() {}

  /** The mentions of {@code cast} in {@code text}, most mentioned first; unmentioned left out. */
  static List<Mention> find(StoryText text, List<CanonCharacter> cast) {
    Map<String, CanonCharacter> forms = forms(cast);
    if (forms.isEmpty()) {
      return List.of();
    }
    Pattern pattern = pattern(forms.keySet());
    Map<CanonCharacter, Mention> found = new LinkedHashMap<>();
    for (int i = 0; i < text.paragraphs().size(); i++) {
      Matcher matcher = pattern.matcher(text.paragraphs().get(i));
      while (matcher.find()) {
        CanonCharacter character = forms.get(matcher.group());
        Mention mention =
            found.computeIfAbsent(character, c -> new Mention(c, new TreeMap<>(), new TreeSet<>()));
        mention.forms().merge(matcher.group(), 1, Integer::sum);
        mention.paragraphs().add(i);
      }
    }
    List<Mention> mentions = new ArrayList<>(found.values());
    mentions.sort(Comparator.comparingInt(Mention::count).reversed());
    return mentions;
  }

  /** Each written form that names exactly one character of {@code cast}. */
  static Map<String, CanonCharacter> forms(List<CanonCharacter> cast) {
    Map<String, CanonCharacter> stated = new HashMap<>();
    Map<String, List<CanonCharacter>> derived = new HashMap<>();
    Set<String> statedTwice = new TreeSet<>();
    for (CanonCharacter character : cast) {
      stated.put(character.bareName(), character);
      for (String alias : character.aliases()) {
        if (stated.putIfAbsent(alias, character) != null && stated.get(alias) != character) {
          statedTwice.add(alias);
        }
      }
      for (String part : character.bareName().split("\\s+")) {
        if (part.length() > 2 && !COMMON_WORDS.contains(part)) {
          derived.computeIfAbsent(part, p -> new ArrayList<>()).add(character);
        }
      }
    }
    statedTwice.forEach(stated::remove);
    Map<String, CanonCharacter> forms = new HashMap<>(stated);
    derived.forEach(
        (part, owners) -> {
          if (owners.size() == 1 && !statedTwice.contains(part)) {
            forms.putIfAbsent(part, owners.getFirst());
          }
        });
    return forms;
  }

  private static Pattern pattern(Set<String> forms) {
    List<String> longestFirst = new ArrayList<>(forms);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternation = new StringBuilder();
    for (String form : longestFirst) {
      alternation.append(alternation.isEmpty() ? "" : "|").append(Pattern.quote(form));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
  }
}
