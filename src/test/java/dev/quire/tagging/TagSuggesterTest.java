package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.format.PlainTextFormat;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagSuggesterTest {

  private final TagSuggester suggester = new TagSuggester();

  @Test
  void suggestsTheFandomTheSeedsDisclaimerNames() {
    StoryDocument story = readSeed("001_b7773ee8eb1fcad9.txt");

    List<Suggestion> suggestions = suggester.suggest(story);

    Suggestion fandom =
        suggestions.stream().filter(s -> s.kind() == TagKind.FANDOM).findFirst().orElseThrow();
    assertThat(fandom.kind()).isEqualTo(TagKind.FANDOM);
    assertThat(fandom.name()).isEqualTo("Smallville");
    assertThat(fandom.confidence()).isCloseTo(0.9, within(0.05));
    assertThat(fandom.evidence()).contains("I do not own Smallville");
  }

  @Test
  void suggestsNoDisclaimerFandomForTheSeedWithoutADisclaimer() {
    StoryDocument story = readSeed("000_6d3892887376a1a9.txt");

    assertThat(DisclaimerFandomRule.fandomsOf(story)).isEmpty();
  }

  @Test
  void neverSuggestsAFandomTheAuthorAlreadyTagged() {
    // given the seed with a disclaimer, tagged by its author with AO3's name for the fandom
    StoryDocument seed = readSeed("001_b7773ee8eb1fcad9.txt");
    StoryDocument tagged =
        withTags(seed, List.of(new AuthorTag(TagKind.FANDOM, "Smallville (TV)")));

    assertThat(suggester.suggest(tagged)).noneMatch(s -> s.kind() == TagKind.FANDOM);
  }

  @Test
  void stillSuggestsWhenTheAuthorTaggedTheNameAsAnotherKind() {
    StoryDocument seed = readSeed("001_b7773ee8eb1fcad9.txt");
    StoryDocument tagged = withTags(seed, List.of(new AuthorTag(TagKind.FREEFORM, "Smallville")));

    assertThat(suggester.suggest(tagged))
        .filteredOn(s -> s.kind() == TagKind.FANDOM)
        .extracting(Suggestion::name)
        .containsExactly("Smallville");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I don't own Harry Potter or any of its characters. | Harry Potter",
        "Disclaimer: I dont own the characters of Buffy the Vampire Slayer. | Buffy the Vampire"
            + " Slayer",
        "Smallville and its characters belong to the WB and DC Comics. | Smallville",
        "Disclaimer: Stargate SG-1 is the property of MGM. | Stargate SG-1",
        "The characters from Star Trek are not mine, sadly. | Star Trek",
        "i do not own 'Doctor Who', the BBC does. | Doctor Who",
      })
  void namesTheFandomOfCommonDisclaimers(String disclaimer, String fandom) {
    StoryDocument story = story("<p>" + disclaimer + "</p>", "<p>The garden was quiet.</p>");

    // The name as the disclaimer writes it; CanonicalFandomTest covers AO3's canonical spelling.
    assertThat(DisclaimerFandomRule.fandomsOf(story))
        .singleElement()
        .satisfies(
            suggestion -> {
              assertThat(suggestion.name()).isEqualTo(fandom);
              assertThat(suggestion.evidence()).isEqualTo(disclaimer);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I don't own anything but the plot.",
        "All characters belong to their creators.",
        "I do not own them, sadly.",
        "This story belongs to everyone who asked for it.",
      })
  void suggestsNothingWhenTheDisclaimerNamesNoFandom(String disclaimer) {
    StoryDocument story = story("<p>" + disclaimer + "</p>", "<p>The garden was quiet.</p>");

    assertThat(suggester.suggest(story)).isEmpty();
  }

  @Test
  void findsADisclaimerInTheOpeningParagraphsOfTheFirstChapter() {
    StoryDocument story =
        story(null, "<p>Disclaimer: Merlin belongs to the BBC.</p><p>The garden was quiet.</p>");

    assertThat(suggester.suggest(story)).extracting(Suggestion::name).containsExactly("Merlin (TV)");
  }

  @Test
  void ignoresOwnershipInTheStoryItself() {
    // given prose that says who belongs to whom, which is no disclaimer
    StoryDocument story =
        story(null, "<p>Lana belonged to Lex now, and she knew it.</p><p>Rain fell.</p>");

    assertThat(suggester.suggest(story)).isEmpty();
  }

  private static StoryDocument story(String notes, String bodyHtml) {
    return StoryDocument.builder()
        .notes(notes)
        .chapter(new StoryChapter(null, null, null, bodyHtml))
        .build();
  }

  private static StoryDocument withTags(StoryDocument story, List<AuthorTag> tags) {
    return story.toBuilder().tags(tags).build();
  }

  private static StoryDocument readSeed(String name) {
    try (InputStream in = TagSuggesterTest.class.getResourceAsStream("/seeds/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new PlainTextFormat().read(in.readAllBytes(), name);
    } catch (IOException | UnreadableFileException e) {
      throw new AssertionError("cannot read seed " + name, e);
    }
  }
}
