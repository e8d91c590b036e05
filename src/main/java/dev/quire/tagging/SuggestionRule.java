package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import java.util.List;

/**
 * One way of reading a tag out of a story's text. Rules are pure and independent; {@link
 * TagSuggester} merges what they find and drops what the author already tagged.
 */
interface SuggestionRule {

  /** The tags this rule finds in {@code story}, each with its evidence; empty when none. */
  List<Suggestion> suggest(StoryDocument story);
}
