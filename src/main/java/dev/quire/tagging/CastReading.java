package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.tagging.CharacterMentions.Mention;
import dev.quire.tagging.FandomInference.Inferred;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a story is about: its fandoms (the author's fandom tags, a disclaimer's, or else inferred
 * from full names) and the mentions of their characters. Without a fandom no character is read,
 * so a "Clark" outside Smallville stays nobody.
 */
record CastReading(StoryText text, Optional<Inferred> inferred, List<Mention> mentions) {

  /** A main character is named this often and at least this share of the most named one. */
  static final int MAIN_MIN = 3;
  static final double MAIN_SHARE = 0.2;
  /** A character named once may be a coincidence of names; twice is a mention. */
  static final int MENTION_MIN = 2;

  static CastReading of(StoryDocument story, StoryText text, Vocabulary vocabulary) {
    Set<Fandom> fandoms = new LinkedHashSet<>();
    story.tags().stream()
        .filter(tag -> tag.kind() == TagKind.FANDOM)
        .forEach(tag -> vocabulary.fandomNamed(tag.name()).ifPresent(fandoms::add));
    DisclaimerFandomRule.fandomsOf(story)
        .forEach(found -> vocabulary.fandomNamed(found.name()).ifPresent(fandoms::add));
    Optional<Inferred> inferred = Optional.empty();
    if (fandoms.isEmpty()) {
      inferred = FandomInference.infer(text, vocabulary);
      inferred.ifPresent(found -> fandoms.add(found.fandom()));
    }
    List<CanonCharacter> cast = new ArrayList<>();
    fandoms.forEach(fandom -> cast.addAll(fandom.characters()));
    return new CastReading(text, inferred, CharacterMentions.find(text, cast));
  }

  List<Mention> main() {
    int top = mentions.isEmpty() ? 0 : mentions.getFirst().count();
    return mentions.stream()
        .filter(m -> m.count() >= MAIN_MIN && m.count() >= MAIN_SHARE * top)
        .toList();
  }

  List<Mention> mentioned() {
    List<Mention> main = main();
    return mentions.stream()
        .filter(m -> !main.contains(m) && m.count() >= MENTION_MIN)
        .toList();
  }
}
