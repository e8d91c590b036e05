package dev.quire.tagging;

import dev.quire.tagging.CharacterMentions.FormScanner;
import dev.quire.tagging.CharacterMentions.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs of main characters that a sentence binds with a cue of romance (kiss, love, lips,
 * relationship…) or of friendship only, and that share paragraphs. A cue binds two characters when
 * its sentence names both, or names one and refers to the other by a pronoun: one of the other
 * character's gender (Lex kissed her), or, between two men, "him" (Harry kissed him), the other
 * being the one of that gender last named in this paragraph or the one before. A cue that merely
 * shares a paragraph with the two names binds nothing, and friendship needs cues in {@link
 * #MIN_FRIENDLY} paragraphs. Characters the text calls family (a
 * sentence binding them says brother, mother, cousin…) or who share a surname are never paired:
 * a wrong romance is worse than none.
 */
final class Relationships {

  static final Pattern ROMANTIC =
      Pattern.compile(
          "\\b(?:kiss(?:ed|es|ing)?|love[ds]?|loving|lovers?|lips|bed|embrace[ds]?|caress\\w*"
              + "|dating|married|marry|wedding|boyfriend|girlfriend|husband|wife|desire[ds]?|relationship)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern FRIENDLY =
      Pattern.compile(
          "\\b(?:friends?|friendship|buddy|buddies|pals?|teammates?|laugh(?:ed|ing)?)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern FAMILY =
      Pattern.compile(
          "\\b(?:brothers?|sisters?|siblings?|twins?|father|mother|dad|mum|mom|parents?|sons?|daughters?"
              + "|cousins?|uncle|aunt|nephew|niece|grand(?:father|mother|son|daughter|pa|ma)|half-(?:brother|sister))\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern HE = Pattern.compile("\\b(?:he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern SHE = Pattern.compile("\\b(?:she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HIM = Pattern.compile("\\bhim\\b", Pattern.CASE_INSENSITIVE);

  /** Two characters named together this often are a pair, not a passing encounter. */
  static final int MIN_TOGETHER = 2;
  /** Paragraphs whose cues of friendship bind two characters before they are friends: one laugh is not. */
  static final int MIN_FRIENDLY = 2;

  /**
   * Two characters, surname order, the paragraphs that name both, and those where a cue binds
   * them, with the cue words.
   */
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

  /** The pairs of {@code reading}'s main characters that cues bind, romantic or friendly; others left out. */
  static List<Pair> find(CastReading reading) {
    if (reading.main().size() < 2) {
      return List.of();
    }
    List<Mention> main = new ArrayList<>(reading.main());
    main.sort(Comparator.comparing((Mention m) -> surname(m.character())).thenComparing(m -> m.character().name()));
    Bindings bindings = Bindings.read(reading.text(), main);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < main.size(); i++) {
      for (int j = i + 1; j < main.size(); j++) {
        pair(main.get(i), main.get(j), bindings).ifPresent(pairs::add);
      }
    }
    return pairs;
  }

  private static Optional<Pair> pair(Mention a, Mention b, Bindings bindings) {
    Set<Integer> together = new TreeSet<>(a.paragraphs());
    together.retainAll(b.paragraphs());
    if (together.size() < MIN_TOGETHER || sameSurname(a.character(), b.character())) {
      return Optional.empty();
    }
    Bound bound = bindings.of(a, b);
    if (bound == null || !bound.family.isEmpty() || bound.romantic.isEmpty() && bound.friendly.size() < MIN_FRIENDLY) {
      return Optional.empty();
    }
    Set<String> cues = bound.romantic.isEmpty() ? bound.friendlyCues : bound.romanticCues;
    return Optional.of(new Pair(a, b, together, bound.romantic, bound.friendly, cues));
  }

  /** Whether both have a surname, and the same one: the Weasleys, the Skywalkers. */
  private static boolean sameSurname(CanonCharacter a, CanonCharacter b) {
    return a.bareName().contains(" ") && b.bareName().contains(" ")
        && surname(a).equalsIgnoreCase(surname(b));
  }

  private static String surname(CanonCharacter character) {
    String[] words = character.bareName().split("\\s+");
    return words[words.length - 1];
  }

  /**
   * The sentences of {@code paragraph}: each ends at . ! ? or …, and the quotes or brackets
   * that close it and the white space after them are left out; a mark not followed by white
   * space ends none ("3.5", "?!"). What splitting at {@code (?<=[.!?…])["'”’)\]]*\s+} gives,
   * without a regular expression's look-behind tried at every character: this runs over every
   * paragraph of every imported story.
   */
  static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int i = 1;
    while (i < paragraph.length()) {
      if (!endsSentence(paragraph.charAt(i - 1))) {
        i++;
        continue;
      }
      int afterClosers = i;
      while (afterClosers < paragraph.length() && closesSentence(paragraph.charAt(afterClosers))) {
        afterClosers++;
      }
      int next = afterClosers;
      while (next < paragraph.length() && isSpace(paragraph.charAt(next))) {
        next++;
      }
      if (next == afterClosers) {
        i++;
        continue;
      }
      sentences.add(paragraph.substring(start, i));
      start = next;
      i = next + 1;
    }
    if (start < paragraph.length() || sentences.isEmpty()) {
      sentences.add(paragraph.substring(start));
    }
    return sentences;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean closesSentence(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
  }

  /** The regular expressions' {@code \s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** What cues bind one pair: the paragraphs with each kind of cue, and the cue words. */
  private static final class Bound {
    final Set<Integer> romantic = new TreeSet<>();
    final Set<Integer> friendly = new TreeSet<>();
    final Set<Integer> family = new TreeSet<>();
    final Set<String> romanticCues = new TreeSet<>();
    final Set<String> friendlyCues = new TreeSet<>();
  }

  /** Every pair some cue binds, read once over the text, sentence by sentence. */
  private static final class Bindings {

    private final Map<Set<Mention>, Bound> byPair = new HashMap<>();

    Bound of(Mention a, Mention b) {
      return byPair.get(Set.of(a, b));
    }

    static Bindings read(StoryText text, List<Mention> main) {
      Map<String, Mention> byForm = new HashMap<>();
      for (Mention mention : main) {
        mention.forms().keySet().forEach(form -> byForm.putIfAbsent(form, mention));
      }
      FormScanner scanner = new FormScanner(byForm.keySet());
      Bindings bindings = new Bindings();
      // Who was named last, and in which paragraph: a pronoun's candidates.
      Map<Mention, Integer> lastParagraph = new HashMap<>();
      List<Mention> recent = new ArrayList<>();
      for (int paragraph = 0; paragraph < text.paragraphs().size(); paragraph++) {
        for (String sentence : sentences(text.paragraphs().get(paragraph))) {
          Set<Mention> named = new LinkedHashSet<>();
          scanner.scan(sentence, form -> named.add(byForm.get(form)));
          Set<Set<Mention>> bound = bindings.bound(sentence, new ArrayList<>(named), recent, lastParagraph, paragraph);
          for (Set<Mention> pair : bound) {
            bindings.note(pair, sentence, paragraph);
          }
          for (Mention mention : named) {
            recent.remove(mention);
            recent.add(mention);
            lastParagraph.put(mention, paragraph);
          }
        }
      }
      return bindings;
    }

    /** The pairs {@code sentence} binds: its two named characters, or its one and a pronoun's. */
    private Set<Set<Mention>> bound(String sentence, List<Mention> named, List<Mention> recent,
        Map<Mention, Integer> lastParagraph, int paragraph) {
      if (named.size() == 2) {
        return Set.of(Set.of(named.get(0), named.get(1)));
      }
      if (named.size() != 1) {
        return Set.of();
      }
      Mention one = named.getFirst();
      Gender own = one.character().gender();
      Set<Set<Mention>> pairs = new HashSet<>();
      for (Gender gender : List.of(Gender.FEMALE, Gender.MALE)) {
        boolean refers = gender == Gender.FEMALE ? SHE.matcher(sentence).find() : HE.matcher(sentence).find();
        if (own == Gender.UNKNOWN || !refers) {
          continue;
        }
        // Of one's own gender only "him" surely means someone else; "her" may be one's own.
        if (gender == own && !(gender == Gender.MALE && HIM.matcher(sentence).find())) {
          continue;
        }
        antecedent(recent, one, gender, lastParagraph, paragraph).ifPresent(other -> pairs.add(Set.of(one, other)));
      }
      return pairs;
    }

    /** The last character of {@code gender} named before, other than {@code one}, in this paragraph or the one before. */
    private static Optional<Mention> antecedent(List<Mention> recent, Mention one, Gender gender,
        Map<Mention, Integer> lastParagraph, int paragraph) {
      for (int i = recent.size() - 1; i >= 0; i--) {
        Mention candidate = recent.get(i);
        if (candidate != one && candidate.character().gender() == gender) {
          return lastParagraph.get(candidate) >= paragraph - 1 ? Optional.of(candidate) : Optional.empty();
        }
      }
      return Optional.empty();
    }

    private void note(Set<Mention> pair, String sentence, int paragraph) {
      Bound bound = byPair.computeIfAbsent(pair, key -> new Bound());
      if (FAMILY.matcher(sentence).find()) {
        bound.family.add(paragraph);
      } else if (collect(ROMANTIC.matcher(sentence), bound.romanticCues)) {
        bound.romantic.add(paragraph);
      } else if (collect(FRIENDLY.matcher(sentence), bound.friendlyCues)) {
        bound.friendly.add(paragraph);
      }
    }

    private static boolean collect(Matcher matcher, Set<String> cues) {
      boolean any = false;
      while (matcher.find()) {
        cues.add(matcher.group().toLowerCase(Locale.ROOT));
        any = true;
      }
      return any;
    }
  }
}
