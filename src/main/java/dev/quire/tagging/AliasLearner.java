package dev.quire.tagging;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Learns from works their authors tagged: each character tag whose first name or surname the
 * text uses teaches that name as an alias, under each fandom the work is tagged with.
 */
final class AliasLearner {

  private AliasLearner() {}

  static Vocabulary learn(List<StoryDocument> stories) {
    List<Fandom> learnt = new ArrayList<>();
    for (StoryDocument story : stories) {
      List<String> fandoms = names(story, TagKind.FANDOM);
      List<String> characters = names(story, TagKind.CHARACTER);
      if (fandoms.isEmpty() || characters.isEmpty()) {
        continue;
      }
      String text = String.join("\n", StoryText.of(story).paragraphs());
      List<CanonCharacter> cast = new ArrayList<>();
      for (String name : characters) {
        cast.add(new CanonCharacter(name, Gender.UNKNOWN, aliasesIn(name, text)));
      }
      fandoms.forEach(fandom -> learnt.add(new Fandom(fandom, Set.of(), cast)));
    }
    return Vocabulary.of(learnt);
  }

  private static Set<String> aliasesIn(String character, String text) {
    String bare = character.replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip();
    Set<String> aliases = new TreeSet<>();
    String[] parts = bare.split("\\s+");
    if (parts.length < 2) {
      return aliases;
    }
    for (String part : parts) {
      Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(part) + "(?![\\p{L}])");
      if (part.length() > 2 && word.matcher(text).find()) {
        aliases.add(part);
      }
    }
    return aliases;
  }

  private static List<String> names(StoryDocument story, TagKind kind) {
    return story.tags().stream().filter(t -> t.kind() == kind).map(AuthorTag::name).toList();
  }
}
