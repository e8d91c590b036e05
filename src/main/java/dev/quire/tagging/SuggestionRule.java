package dev.quire.tagging;

import java.util.List;

/**
 * One way of reading a tag out of a story's text. Rules are pure and independent; {@link
 * TagSuggester} merges what they find and drops what the author already tagged.
 */
interface SuggestionRule {

  /** The tags this rule finds in the story read, each with its evidence; empty when none. */
  List<Suggestion> suggest(StoryReading reading);
}
