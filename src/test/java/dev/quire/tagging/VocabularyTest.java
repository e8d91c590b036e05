package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void shipsTwoHundredFandomsWithSmallvillesCuratedCast() {
    Vocabulary shipped = Vocabulary.shipped();

    assertThat(shipped.fandoms()).hasSizeGreaterThanOrEqualTo(200);
    Fandom smallville = shipped.fandomNamed("Smallville (TV)").orElseThrow();
    CanonCharacter lex =
        smallville.characters().stream().filter(c -> c.name().equals("Lex Luthor")).findFirst().orElseThrow();
    assertThat(lex.aliases()).contains("Lex", "Alex", "Luthor");
    assertThat(lex.gender()).isEqualTo(Gender.MALE);
    assertThat(shipped.fandomNamed("Harry Potter")).get()
        .extracting(Fandom::name).isEqualTo("Harry Potter - J. K. Rowling");
  }

  @Test
  void learnsTheFirstNameAnAuthorTaggedCharacterGoesBy() {
    StoryDocument tagged = story("Harbour Lights (Web Series)", "<p>Mira watched the boats with Tomas.</p>",
        "Mira Castell", "Tomas Ode");

    Vocabulary learnt = Vocabulary.learnFrom(List.of(tagged));

    Fandom fandom = learnt.fandomNamed("Harbour Lights").orElseThrow();
    assertThat(fandom.characters()).extracting(CanonCharacter::name)
        .containsExactly("Mira Castell", "Tomas Ode");
    assertThat(fandom.characters().getFirst().aliases()).containsExactly("Mira");
  }

  @Test
  void aSuggesterGivenTheLearntVocabularyNamesThoseCharactersInAnUntaggedWork() {
    StoryDocument teacher = story("Harbour Lights (Web Series)", "<p>Mira mended the nets.</p>", "Mira Castell");
    StoryDocument untagged = story("Harbour Lights",
        "<p>Mira rowed out.</p><p>Mira sang.</p><p>The tide turned and Mira waved.</p>");
    Vocabulary vocabulary = Vocabulary.shipped().merge(Vocabulary.learnFrom(List.of(teacher)));

    assertThat(new TagSuggester(vocabulary).suggest(untagged))
        .filteredOn(s -> s.kind() == TagKind.CHARACTER)
        .extracting(Suggestion::name).containsExactly("Mira Castell");
    assertThat(new TagSuggester().suggest(untagged)).isEmpty();
  }

  @Test
  void readsBackTheLinesItWrites() {
    Vocabulary shipped = Vocabulary.shipped();

    assertThat(Vocabulary.parse(shipped.lines()).lines()).isEqualTo(shipped.lines());
  }

  @Test
  void anArchivesTagNamingAKnownCharacterFamilyNameFirstRenamesThemAndKeepsTheirShortForms() {
    Vocabulary shipped = Vocabulary.parse(List.of(
        "fandom\tHarbour Lights (Web Series)\t",
        "character\tMira Castell\tF\t",
        "character\tTomas Ode\tM\t"));
    StoryDocument teacher = story("Harbour Lights (Web Series)", "<p>Mira mended the nets.</p>", "Castell Mira");
    StoryDocument untagged = story("Harbour Lights",
        "<p>Mira rowed out.</p><p>Mira sang to Tomas.</p><p>The tide turned and Mira waved.</p>");

    Vocabulary vocabulary = shipped.merge(Vocabulary.learnFrom(List.of(teacher)));

    Fandom fandom = vocabulary.fandomNamed("Harbour Lights").orElseThrow();
    assertThat(fandom.characters()).extracting(CanonCharacter::name).containsExactly("Castell Mira", "Tomas Ode");
    assertThat(fandom.characters().getFirst().aliases()).contains("Mira Castell");
    assertThat(fandom.characters().getFirst().gender()).isEqualTo(Gender.FEMALE);
    // The shipped order is still a full name a story writes, for inferring the fandom.
    assertThat(vocabulary.fullNameIndex()).containsKeys("Castell Mira", "Mira Castell");
    assertThat(new TagSuggester(vocabulary).suggest(untagged))
        .filteredOn(s -> s.kind() == TagKind.CHARACTER)
        .extracting(Suggestion::name).containsExactly("Castell Mira");
  }

  /** A one-chapter story of {@code text} tagged with {@code fandom} and the {@code characters}. */
  private static StoryDocument story(String fandom, String text, String... characters) {
    StoryDocument.Builder story = StoryDocument.builder().tag(TagKind.FANDOM, fandom);
    for (String character : characters) {
      story.tag(TagKind.CHARACTER, character);
    }
    return story.chapter(new StoryChapter(null, null, null, text)).build();
  }
}
