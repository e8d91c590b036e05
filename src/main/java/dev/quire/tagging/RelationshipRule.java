package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Relationships.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggests "A/B" for two main characters a romantic cue binds ({@link Relationships}) and "A & B"
 * when only cues of friendship bind them; never for family. Names follow AO3's order when the
 * vocabulary knows none: alphabetical by surname.
 */
final class RelationshipRule implements SuggestionRule {

  private final Vocabulary vocabulary;

  RelationshipRule(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public List<Suggestion> suggest(StoryReading story) {
    CastReading reading = story.cast();
    List<Suggestion> suggestions = new ArrayList<>();
    for (Pair pair : Relationships.find(reading)) {
      int cued = pair.isRomantic() ? pair.romantic().size() : pair.friendly().size();
      double confidence = Math.min(0.85, (pair.isRomantic() ? 0.45 : 0.35) + 0.08 * cued);
      int line = (pair.isRomantic() ? pair.romantic() : pair.friendly()).iterator().next();
      String evidence =
          "together in " + pair.together().size() + " paragraphs; " + (pair.isRomantic() ? "romantic" : "friendship")
              + " cues binding the two in " + cued + (cued == 1 ? " paragraph (" : " paragraphs (")
              + String.join(", ", pair.cues())
              + "): \"" + reading.text().quote(line, pair.second().forms().keySet().iterator().next())
              + "\"";
      suggestions.add(new Suggestion(TagKind.RELATIONSHIP, pair.tag(), confidence, evidence, Finding.RELATIONSHIP));
    }
    return suggestions;
  }
}
