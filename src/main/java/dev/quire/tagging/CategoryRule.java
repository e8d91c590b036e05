package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.tagging.CharacterMentions.Mention;
import dev.quire.tagging.Relationships.Pair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Suggests AO3's category from the relationships found: F/M, M/M or F/F by the pair's genders in
 * the vocabulary, Multi beside them when there are several, Gen when characters are named and no
 * paragraph has a romantic cue (with a few unbound ones, nothing). A romance whose partner is never named (one main character, the other only
 * "she" or "he") is F/M only when the pronouns tell the partner from the named character.
 */
final class CategoryRule implements SuggestionRule {

  /** Romantic paragraphs an unnamed partner needs before the story is called F/M. */
  static final int ROMANCE_PARAGRAPHS = 3;

  private final Vocabulary vocabulary;

  CategoryRule(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public List<Suggestion> suggest(StoryReading story) {
    CastReading reading = story.cast();
    if (reading.main().isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> categories = new LinkedHashMap<>();
    for (Pair pair : Relationships.find(reading)) {
      String category = category(pair.first().character().gender(), pair.second().character().gender());
      if (pair.isRomantic() && category != null) {
        categories.computeIfAbsent(category, c -> new ArrayList<>()).add(pair.tag());
      }
    }
    List<Suggestion> suggestions = new ArrayList<>();
    categories.forEach(
        (category, pairs) ->
            suggestions.add(new Suggestion(TagKind.CATEGORY, category, 0.7,
                "romantic pairing " + String.join(", ", pairs) + " (genders from the vocabulary)", Finding.CATEGORY)));
    if (categories.size() > 1) {
      suggestions.add(new Suggestion(TagKind.CATEGORY, "Multi", 0.6,
          "several kinds of pairing: " + String.join(", ", categories.keySet()), Finding.CATEGORY));
    }
    if (categories.isEmpty()) {
      withoutNamedPair(reading).ifPresent(suggestions::add);
    }
    return suggestions;
  }

  private static java.util.Optional<Suggestion> withoutNamedPair(CastReading reading) {
    List<Integer> romantic = new ArrayList<>();
    for (int i = 0; i < reading.text().paragraphs().size(); i++) {
      if (Relationships.ROMANTIC.matcher(reading.text().paragraphs().get(i)).find()) {
        romantic.add(i);
      }
    }
    if (romantic.isEmpty()) {
      return java.util.Optional.of(new Suggestion(TagKind.CATEGORY, "Gen", 0.5,
          "characters named but no paragraph with a romantic cue", Finding.CATEGORY));
    }
    if (romantic.size() < ROMANCE_PARAGRAPHS) {
      // Some romance no cue ties to a pair: too little to call it general or to name its kind.
      return java.util.Optional.empty();
    }
    List<Mention> main = reading.main();
    Gender named = main.size() == 1 ? main.getFirst().character().gender() : Gender.UNKNOWN;
    if (named == Gender.UNKNOWN) {
      return java.util.Optional.empty();
    }
    Pattern partner = named == Gender.MALE ? Relationships.SHE : Relationships.HE;
    long withPartner = romantic.stream().filter(i -> partner.matcher(reading.text().paragraphs().get(i)).find()).count();
    if (withPartner < ROMANCE_PARAGRAPHS) {
      return java.util.Optional.empty();
    }
    String who = main.getFirst().character().name();
    String pronouns = named == Gender.MALE ? "she/her" : "he/him";
    return java.util.Optional.of(new Suggestion(TagKind.CATEGORY, "F/M", 0.45,
        romantic.size() + " romantic paragraphs pair " + who + " (" + named.code() + ") with an unnamed "
            + pronouns + " partner in " + withPartner + " of them", Finding.CATEGORY));
  }

  private static String category(Gender a, Gender b) {
    if (a == Gender.UNKNOWN || b == Gender.UNKNOWN) {
      return null;
    }
    return a == b ? a.code() + "/" + b.code() : "F/M";
  }
}
