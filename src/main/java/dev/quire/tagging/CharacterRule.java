package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.tagging.CharacterMentions.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggests the characters of the story's fandoms that it names: main characters with a confidence
 * growing with how often they are named, characters only mentioned with a low one and evidence
 * that says so.
 */
final class CharacterRule implements SuggestionRule {

  /**
   * How often a character only mentioned is one its author tagged: on the development split of
   * docs/TAGGING.md none of 4, on the whole corpus 2 of 28. Authors tag who appears, not who is
   * named in passing; the suggestion stays, with its evidence, for a reviewer who lists them all.
   */
  static final double MENTIONED_CONFIDENCE = 0.1;
  private final Vocabulary vocabulary;

  CharacterRule(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public List<Suggestion> suggest(StoryReading story) {
    CastReading reading = story.cast();
    List<Suggestion> suggestions = new ArrayList<>();
    for (Mention main : reading.main()) {
      double confidence = Math.min(0.9, 0.5 + 0.03 * main.count() + (main.byFullName() ? 0.1 : 0));
      suggestions.add(suggestion(reading, main, confidence, main.describe(), Finding.CHARACTER_NAMED));
    }
    for (Mention minor : reading.mentioned()) {
      String how = minor.describe().replaceFirst("^named", "mentioned");
      suggestions.add(suggestion(reading, minor, MENTIONED_CONFIDENCE, how, Finding.CHARACTER_MENTIONED));
    }
    return suggestions;
  }

  private static Suggestion suggestion(
      CastReading reading, Mention mention, double confidence, String how, Finding finding) {
    int first = mention.paragraphs().iterator().next();
    String form = mention.forms().keySet().iterator().next();
    String evidence = how + ": \"" + reading.text().quote(first, form) + "\"";
    return new Suggestion(TagKind.CHARACTER, mention.character().name(), confidence, evidence, finding);
  }
}
