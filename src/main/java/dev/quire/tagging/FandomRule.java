package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import java.util.List;

/**
 * Suggests the fandom whose characters a story names when neither the author's tags nor a
 * disclaimer say it; see {@link FandomInference} for when the names are enough.
 */
final class FandomRule implements SuggestionRule {

  private final Vocabulary vocabulary;

  FandomRule(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  @Override
  public List<Suggestion> suggest(StoryReading story) {
    return story.cast().inferred().stream()
        .map(
            found ->
                new Suggestion(
                    TagKind.FANDOM,
                    found.fandom().name(),
                    Math.min(0.85, 0.4 + 0.08 * found.score()),
                    found.evidence(),
                    Finding.CAST))
        .toList();
  }
}
