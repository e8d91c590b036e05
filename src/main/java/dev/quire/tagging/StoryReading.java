package dev.quire.tagging;

import dev.quire.story.StoryDocument;

/**
 * One story as the rules read it, each reading made once however many rules ask: its paragraphs
 * as text, and its cast (fandoms and character mentions). A whole novel is parsed once per
 * suggestion pass instead of once per rule. Not thread-safe; one per {@link TagSuggester#suggest}.
 */
final class StoryReading {

  private final StoryDocument story;
  private final Vocabulary vocabulary;
  private StoryText text;
  private CastReading cast;

  StoryReading(StoryDocument story, Vocabulary vocabulary) {
    this.story = story;
    this.vocabulary = vocabulary;
  }

  StoryDocument story() {
    return story;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  StoryText text() {
    if (text == null) {
      text = StoryText.of(story);
    }
    return text;
  }

  CastReading cast() {
    if (cast == null) {
      cast = CastReading.of(story, text(), vocabulary);
    }
    return cast;
  }
}
