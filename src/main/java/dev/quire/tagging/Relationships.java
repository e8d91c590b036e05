package dev.quire.tagging;

import dev.quire.tagging.CharacterMentions.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs of main characters named in the same paragraphs, and whether those paragraphs speak of
 * romance (kiss, love, lips, bed…) or of friendship only.
 */
final class Relationships {

  static final Pattern ROMANTIC =
      Pattern.compile(
          "\\b(?:kiss(?:ed|es|ing)?|love[ds]?|loving|lovers?|lips|bed|embrace[ds]?|caress\\w*"
              + "|dating|married|marry|wedding|boyfriend|girlfriend|husband|wife|desire[ds]?)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern FRIENDLY =
      Pattern.compile(
          "\\b(?:friends?|friendship|buddy|buddies|pals?|teammates?|laugh(?:ed|ing)?)\\b",
          Pattern.CASE_INSENSITIVE);
  /** Two characters named together this often are a pair, not a passing encounter. */
  static final int MIN_TOGETHER = 2;

  /** Two characters, surname order, and the paragraphs that name both. */
  record Pair(Mention first, Mention second, Set<Integer> together, Set<Integer> romantic,
      Set<Integer> friendly, Set<String> cues) {

    boolean isRomantic() {
      return !romantic.isEmpty();
    }

    /** AO3's tag: "A/B" for romance, "A & B" for friendship, names by surname. */
    String tag() {
      return first.character().name() + (isRomantic() ? "/" : " & ") + second.character().name();
    }
  }

  private Relationships() {}

  /** The pairs of {@code reading}'s main characters, romantic or friendly; others left out. */
  static List<Pair> find(CastReading reading) {
    List<Mention> main = new ArrayList<>(reading.main());
    main.sort(Comparator.comparing((Mention m) -> surname(m.character())).thenComparing(m -> m.character().name()));
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < main.size(); i++) {
      for (int j = i + 1; j < main.size(); j++) {
        pair(reading.text(), main.get(i), main.get(j)).ifPresent(pairs::add);
      }
    }
    return pairs;
  }

  private static java.util.Optional<Pair> pair(StoryText text, Mention a, Mention b) {
    Set<Integer> together = new TreeSet<>(a.paragraphs());
    together.retainAll(b.paragraphs());
    Set<Integer> romantic = new TreeSet<>();
    Set<Integer> friendly = new TreeSet<>();
    Set<String> cues = new TreeSet<>();
    for (int index : together) {
      String paragraph = text.paragraphs().get(index);
      if (collect(ROMANTIC.matcher(paragraph), cues)) {
        romantic.add(index);
      } else if (FRIENDLY.matcher(paragraph).find()) {
        friendly.add(index);
      }
    }
    if (together.size() < MIN_TOGETHER || (romantic.isEmpty() && friendly.isEmpty())) {
      return java.util.Optional.empty();
    }
    if (romantic.isEmpty()) {
      friendly.forEach(index -> collect(FRIENDLY.matcher(text.paragraphs().get(index)), cues));
    }
    return java.util.Optional.of(new Pair(a, b, together, romantic, friendly, cues));
  }

  private static boolean collect(Matcher matcher, Set<String> cues) {
    boolean any = false;
    while (matcher.find()) {
      cues.add(matcher.group().toLowerCase(java.util.Locale.ROOT));
      any = true;
    }
    return any;
  }

  private static String surname(CanonCharacter character) {
    String[] words = character.bareName().split("\\s+");
    return words[words.length - 1];
  }
}
