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
import java.util.function.Consumer;

/**
 * Where a story names the characters of its fandoms: by full name, by a stated alias, or by a first
 * name or surname that no other character of those fandoms shares. A name two characters share
 * ("Kent" for Martha and Jonathan) counts for neither unless the vocabulary states it for one.
 * A name of one letter ("A" in Pretty Little Liars) or an everyday word ("Will", "King") is no
 * form at all, stated or derived: the article "A" and a sentence opening "Will you" would count
 * as the character, so such a character is found only by a longer stated name. Nor is a part of a
 * full name that is not a name of its own: a lower-case particle ("the" of "Jabba the Hutt",
 * "von" of "Oskar von Reuenthal") or a title or rank ("Lord" of "Lord Voldemort", "General" of
 * "General Grievous"), which the text uses for others too ("the Dark Lord", "a General"), nor an
 * ordinal or a date ("First" of "First Doctor", "April").
 */
final class CharacterMentions {

  // Derived aliases that are also everyday words would count sentence openings as characters.
  private static final Set<String> COMMON_WORDS =
      Set.of("The", "Will", "May", "Grace", "Hope", "Mark", "Bill", "Young", "King", "Doctor", "Big");

  // Titles and ranks that open full names: "Lord" alone is not Lord Voldemort. ("King" and
  // "Doctor" are among the everyday words above, which no form is.)
  private static final Set<String> TITLES = Set.of(
      "Lord", "Lady", "Sir", "Dame", "Queen", "Prince", "Princess", "Duke", "Duchess", "Count",
      "Countess", "Baron", "Baroness", "Emperor", "Empress", "General", "Captain", "Commander",
      "Admiral", "Colonel", "Major", "Lieutenant", "Sergeant", "Corporal", "Private", "Officer",
      "Detective", "Inspector", "Agent", "Chief", "Marshal", "Professor", "Master", "Mister",
      "Madam", "Madame", "Miss", "Mrs", "Saint", "Father", "Mother", "Sister", "Brother", "Uncle",
      "Aunt", "Auntie", "Grandma", "Grandpa", "Granny", "Nurse", "Judge", "Senator", "President",
      "Chancellor", "Minister", "Governor", "Mayor", "Sheriff", "Headmaster", "Headmistress",
      "Darth", "Jedi", "Sith", "Dark", "Old", "Little", "Great", "Mr", "Dr", "Ms", "Mx", "St", "Lt",
      "Sgt", "Capt", "Prof", "Jr", "Sr");

  // Words that open a full name without being a name: "First" of "First Doctor", "April" of a
  // character named for a month, who would be every date.
  private static final Set<String> NOT_NAMES = Set.of(
      "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
      "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Last", "Next", "New", "War", "January",
      "February", "March", "April", "June", "July", "August", "September", "October", "November",
      "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /** One character's mentions: how often each form occurs and in which paragraphs. */
  record Mention(CanonCharacter character, Map<String, Integer> forms, Set<Integer> paragraphs) {
    int count() {
      return forms.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the text writes the character's full name, or a stated alias as full. */
    boolean byFullName() {
      return character.fullNames().stream().anyMatch(forms::containsKey);
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
    FormScanner scanner = new FormScanner(forms.keySet());
    Map<CanonCharacter, Mention> found = new LinkedHashMap<>();
    for (int i = 0; i < text.paragraphs().size(); i++) {
      int paragraph = i;
      scanner.scan(text.paragraphs().get(i), form -> {
        Mention mention = found.computeIfAbsent(
            forms.get(form), c -> new Mention(c, new TreeMap<>(), new TreeSet<>()));
        mention.forms().merge(form, 1, Integer::sum);
        mention.paragraphs().add(paragraph);
      });
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
      if (canName(character.bareName())) {
        stated.put(character.bareName(), character);
      }
      for (String alias : character.aliases()) {
        if (!canName(alias)) {
          continue;
        }
        if (stated.putIfAbsent(alias, character) != null && stated.get(alias) != character) {
          statedTwice.add(alias);
        }
      }
      for (String part : character.bareName().split("\\s+")) {
        if (part.length() > 2 && canName(part) && standsAlone(part)) {
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

  /**
   * Whether a part of a full name is a name of its own: not a lower-case particle ("von"; but
   * "al'Thor" is a name, and so is a name in a script without letter case), not a title or rank
   * ({@link #TITLES}, with or without a full stop) and not an ordinal or a date ({@link #NOT_NAMES}).
   */
  static boolean standsAlone(String part) {
    String bare = part.replaceFirst("\\.$", "");
    boolean particle = Character.isLowerCase(part.codePointAt(0)) && part.codePoints().noneMatch(Character::isUpperCase);
    return !particle && !TITLES.contains(bare) && !NOT_NAMES.contains(bare);
  }

  /** Whether {@code form} may stand for a character: more than one letter and no everyday word. */
  static boolean canName(String form) {
    return form.codePointCount(0, form.length()) > 1 && !COMMON_WORDS.contains(form);
  }

  /**
   * Finds written forms as whole words: not preceded or followed by a letter or number, the
   * longest form where several start at the same place, scanning on after each match. It finds
   * what an alternation of the forms between {@code (?<![\p{L}\p{N}])} and
   * {@code (?![\p{L}\p{N}])} would, without trying every form at every position: this runs
   * over the whole text of every imported story.
   */
  static final class FormScanner {

    /** Forms by their first character, longest first; those starting with an ASCII character also by its code. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    @SuppressWarnings("unchecked")
    private final List<String>[] byAsciiFirst = new List[128];

    FormScanner(Set<String> forms) {
      for (String form : forms) {
        if (!form.isEmpty()) {
          byFirst.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form);
        }
      }
      byFirst.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
      byFirst.forEach((first, list) -> {
        if (first < byAsciiFirst.length) {
          byAsciiFirst[first] = list;
        }
      });
    }

    /** Tells {@code found} each form found in {@code text}, in order. */
    void scan(String text, Consumer<String> found) {
      int i = 0;
      while (i < text.length()) {
        // Most characters start no form: that is asked first, the character before only then.
        char first = text.charAt(i);
        List<String> candidates = first < byAsciiFirst.length ? byAsciiFirst[first] : byFirst.get(first);
        String form = candidates == null || i > 0 && isLetterOrNumber(text.codePointBefore(i))
            ? null
            : formAt(text, i, candidates);
        if (form == null) {
          i++;
        } else {
          found.accept(form);
          i += form.length();
        }
      }
    }

    private static String formAt(String text, int start, List<String> candidates) {
      for (String form : candidates) {
        int end = start + form.length();
        if (text.startsWith(form, start)
            && (end == text.length() || !isLetterOrNumber(text.codePointAt(end)))) {
          return form;
        }
      }
      return null;
    }

    /** Java's {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int codePoint) {
      return switch (Character.getType(codePoint)) {
        case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
            Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
            Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
        default -> false;
      };
    }
  }
}
