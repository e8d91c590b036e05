package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes tags a story's text implies but its file does not give, for an editor to accept or
 * reject.
 *
 * <p>Contract: each suggestion quotes its evidence; a tag is suggested at most once (the most
 * confident finding wins); a tag the author already gives as a {@link
 * dev.quire.story.StoryDocument.AuthorTag} of the same kind is never suggested, whatever its letter
 * case and a trailing AO3 disambiguation such as "(TV)". Suggestions come in the order the rules
 * found them. Stateless and thread-safe.
 */
public final class TagSuggester {

  private final Vocabulary vocabulary;
  private final EditorsRecord record;
  private final List<SuggestionRule> rules;

  /** A suggester knowing the fandoms and characters Quire ships ({@link Vocabulary#shipped()}). */
  public TagSuggester() {
    this(Vocabulary.shipped());
  }

  /** A suggester naming fandoms and characters from {@code vocabulary}, shipped or learnt. */
  public TagSuggester(Vocabulary vocabulary) {
    this(vocabulary, EditorsRecord.NONE);
  }

  /**
   * A suggester naming fandoms and characters from {@code vocabulary}, each suggestion at the
   * confidence its way of finding has earned with an archive's editors ({@code record}).
   */
  public TagSuggester(Vocabulary vocabulary, EditorsRecord record) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.record = Objects.requireNonNull(record, "record");
    this.rules =
        List.of(
            new DisclaimerFandomRule(),
            new FandomRule(vocabulary),
            new CharacterRule(vocabulary),
            new RelationshipRule(vocabulary),
            new CategoryRule(vocabulary),
            new RatingRule());
  }

  /** The tags {@code story} implies beyond its author's own, most likely first within a rule. */
  public List<Suggestion> suggest(StoryDocument story) {
    Set<String> given =
        story.tags().stream().map(tag -> key(tag.kind(), tag.name())).collect(Collectors.toSet());
    Map<String, Suggestion> suggestions = new LinkedHashMap<>();
    StoryReading reading = new StoryReading(story, vocabulary);
    for (SuggestionRule rule : rules) {
      for (Suggestion found : rule.suggest(reading)) {
        Suggestion suggestion = record.weigh(found);
        String key = key(suggestion.kind(), suggestion.name());
        if (!given.contains(key)) {
          suggestions.merge(key, suggestion, TagSuggester::moreConfident);
        }
      }
    }
    return List.copyOf(suggestions.values());
  }

  private static Suggestion moreConfident(Suggestion first, Suggestion second) {
    return second.confidence() > first.confidence() ? second : first;
  }

  // AO3 disambiguates fandoms by medium ("Smallville (TV)"); the author's "Smallville (TV)" and a
  // disclaimer's "Smallville" name the same tag.
  private static String key(TagKind kind, String name) {
    String bare = name.replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip().toLowerCase(Locale.ROOT);
    return kind.key() + ":" + bare;
  }
}
