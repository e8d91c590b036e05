package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.format.PlainTextFormat;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CastSuggestionTest {

  private final TagSuggester suggester = new TagSuggester();

  @Test
  void readsSmallvilleItsPairAndItsCategoryFromTheSeedWithoutADisclaimer() {
    List<Suggestion> found = suggester.suggest(readSeed("000_6d3892887376a1a9.txt"));

    assertThat(named(found, TagKind.FANDOM, "Smallville")).get()
        .satisfies(s -> assertThat(s.evidence()).contains("Lex Luthor"));
    assertThat(named(found, TagKind.CHARACTER, "Lana Lang")).isPresent();
    assertThat(named(found, TagKind.CHARACTER, "Lex Luthor")).isPresent();
    Suggestion clark = named(found, TagKind.CHARACTER, "Clark Kent").orElseThrow();
    assertThat(clark.evidence()).startsWith("mentioned 2 times");
    assertThat(clark.confidence())
        .isLessThan(named(found, TagKind.CHARACTER, "Lana Lang").orElseThrow().confidence());
    assertThat(named(found, TagKind.RELATIONSHIP, "Lana Lang/Lex Luthor")).get()
        .satisfies(s -> assertThat(s.evidence()).contains("together in 3 paragraphs; romantic cues binding the two")
            .contains("relationship").doesNotContain("loved"));
    assertThat(found).filteredOn(s -> s.kind() == TagKind.CATEGORY)
        .extracting(Suggestion::name).containsExactly("F/M");
  }

  @Test
  void readsLexWithoutInventingHisUnnamedPartnerInTheSeedWithADisclaimer() {
    List<Suggestion> found = suggester.suggest(readSeed("001_b7773ee8eb1fcad9.txt"));

    assertThat(found).filteredOn(s -> s.kind() == TagKind.CHARACTER)
        .extracting(Suggestion::name).containsExactly("Lex Luthor");
    assertThat(found).noneMatch(s -> s.kind() == TagKind.RELATIONSHIP);
    Suggestion category = named(found, TagKind.CATEGORY, "F/M").orElseThrow();
    assertThat(category.evidence()).contains("unnamed she/her partner");
    assertThat(category.confidence()).isLessThan(0.5);
  }

  @Test
  void leavesAClarkOutsideSmallvilleNobody() {
    StoryDocument story = story(null,
        "<p>Clark kissed Lana by the barn.</p><p>Clark and Lana walked home in love.</p>"
            + "<p>Lana laughed at Clark.</p>");

    assertThat(suggester.suggest(story)).isEmpty();
  }

  @Test
  void namesClarkWhenTheAuthorTaggedTheFandom() {
    StoryDocument story = story(null,
            "<p>Clark kissed Lana by the barn.</p><p>Clark and Lana walked home in love.</p>"
                + "<p>Lana smiled at Clark.</p>")
        .toBuilder().tag(TagKind.FANDOM, "Smallville").build();

    assertThat(suggester.suggest(story))
        .extracting(Suggestion::kind, Suggestion::name)
        .contains(
            org.assertj.core.groups.Tuple.tuple(TagKind.CHARACTER, "Clark Kent"),
            org.assertj.core.groups.Tuple.tuple(TagKind.RELATIONSHIP, "Clark Kent/Lana Lang"),
            org.assertj.core.groups.Tuple.tuple(TagKind.CATEGORY, "F/M"));
  }

  @Test
  void aCharacterNamedAIsNotFoundInTheArticle() {
    Vocabulary liars = Vocabulary.parse(List.of(
        "fandom\tPretty Little Liars\t",
        "character\tA\t-\t",
        "character\tWill\t-\t",
        "character\tSpencer Hastings\tF\tSpencer"));
    StoryDocument story = story(null,
            "<p>A car stopped by the house. Spencer saw a light in a window.</p>"
                + "<p>A dog barked. Will you come, Spencer asked. A minute passed.</p>")
        .toBuilder().tag(TagKind.FANDOM, "Pretty Little Liars").build();

    assertThat(new TagSuggester(liars).suggest(story))
        .filteredOn(s -> s.kind() == TagKind.CHARACTER)
        .extracting(Suggestion::name).containsExactly("Spencer Hastings");
  }

  @Test
  void aParticleOrATitleOfAFullNameIsNotTheCharacter() {
    Vocabulary galaxy = Vocabulary.parse(List.of(
        "fandom\tStar Wars - All Media Types\t",
        "character\tJabba the Hutt\t-\t",
        "character\tGeneral Grievous\t-\t",
        "character\tLord Voldemort\t-\t",
        "character\tOskar von Reuenthal\t-\t",
        "character\tAnakin Skywalker\tM\tAnakin"));
    StoryDocument story = story(null,
            "<p>Anakin walked to the hangar. The ship was the fastest in the fleet.</p>"
                + "<p>The General of the garrison was a tired man, and the old Lord of the house was away.</p>"
                + "<p>Anakin counted the crates. The night was cold, the stars were bright.</p>"
                + "<p>A General came by; von Braun's book lay on the bench. Anakin read it.</p>")
        .toBuilder().tag(TagKind.FANDOM, "Star Wars - All Media Types").build();

    assertThat(CharacterMentions.forms(galaxy.fandomNamed("Star Wars - All Media Types").orElseThrow().characters()).keySet())
        .contains("Jabba", "Hutt", "Grievous", "Voldemort", "Reuenthal", "Anakin")
        .doesNotContain("the", "von", "General", "Lord");
    assertThat(new TagSuggester(galaxy).suggest(story))
        .filteredOn(s -> s.kind() == TagKind.CHARACTER)
        .extracting(Suggestion::name).containsExactly("Anakin Skywalker");
  }

  /**
   * Two fandoms sharing a "Harry"; the names of the second only it has, but "Marrow", which two
   * characters of the first share (so there it names neither).
   */
  private static final Vocabulary TWO_VILLAGES = Vocabulary.parse(List.of(
      "fandom\tThe Mill Valley\t",
      "character\tHarry Pond\tM\t",
      "character\tOrla Brisk\tF\t",
      "character\tAnse Marrow\tM\t",
      "character\tKit Marrow\tF\t",
      "fandom\tThe Hill Farm\t",
      "character\tHarry Quill\tM\t",
      "character\tTamsin Yarrow\tF\t",
      "character\tBodwin Teague\tM\t",
      "character\tIlse Marrow\tF\t",
      "character\tFirst Shepherd\tM\t"));

  @Test
  void infersAFandomFromGivenNamesOnlyItsCastHas() {
    StoryDocument story = story(null,
        "<p>In the morning Tamsin fed the hens, and Bodwin mended the gate while Harry watched.</p>"
            + "<p>\u201cCome down,\u201d Ilse called to Tamsin's sister, and Bodwin followed them.</p>"
            + "<p>By evening Ilse and Harry had counted the sheep twice.</p>");

    assertThat(new TagSuggester(TWO_VILLAGES).suggest(story))
        .filteredOn(s -> s.kind() == TagKind.FANDOM).singleElement()
        .satisfies(fandom -> {
          assertThat(fandom.name()).isEqualTo("The Hill Farm");
          assertThat(fandom.evidence()).startsWith("no full name; names no other fandom's cast has")
              .contains("Tamsin Yarrow", "Bodwin Teague", "Ilse Marrow");
        });
  }

  @Test
  void infersNothingFromNamesOtherFandomsShareOrFromWordsOpeningSentences() {
    // "Harry" is in both casts; "First" (of "First Shepherd") is no name; and each name here opens
    // its sentence, where any word has a capital.
    StoryDocument shared = story(null,
        "<p>Later Harry fed the hens, and then Harry mended the gate.</p><p>First the rain came.</p>");
    // Counted anyway, these three and the fandom's own name would reach the threshold.
    StoryDocument openers = story(null,
        "<p>Tamsin fed the hens. Tamsin slept.</p><p>Bodwin mended the gate. Bodwin ate.</p>"
            + "<p>Ilse counted the sheep. Ilse sang.</p><p>Rain fell on The Hill Farm.</p>");

    assertThat(new TagSuggester(TWO_VILLAGES).suggest(shared)).noneMatch(s -> s.kind() == TagKind.FANDOM);
    assertThat(new TagSuggester(TWO_VILLAGES).suggest(openers)).noneMatch(s -> s.kind() == TagKind.FANDOM);
    assertThat(TWO_VILLAGES.distinctiveNameIndex()).containsKeys("Tamsin", "Yarrow", "Orla", "Anse")
        .doesNotContainKeys("Harry", "First", "Marrow");
  }

  @Test
  void infersNoFandomFromASingleFullName() {
    StoryDocument story = story(null, "<p>Lex Luthor read the paper. The garden was quiet.</p>");

    assertThat(suggester.suggest(story)).isEmpty();
  }

  @Test
  void pairsFriendsWithAnAmpersandAndCallsTheStoryGen() {
    StoryDocument story = story("<p>Disclaimer: I do not own Smallville.</p>",
        "<p>Chloe Sullivan and Lois Lane were friends at the paper.</p>"
            + "<p>Chloe laughed when Lois spilled the coffee.</p><p>Lois and Chloe, friends, worked late.</p>");

    List<Suggestion> found = suggester.suggest(story);

    assertThat(named(found, TagKind.RELATIONSHIP, "Lois Lane & Chloe Sullivan")).isPresent();
    assertThat(named(found, TagKind.CATEGORY, "Gen")).isPresent();
  }

  @Test
  void aCueAboutOthersInTheSameParagraphPairsNobody() {
    StoryDocument story = story(null,
            "<p>Clark and Lana walked past the chapel. The bride kissed the groom at the door.</p>"
                + "<p>Lana waited while Clark read. A couple in love sat on the bench.</p>"
                + "<p>Clark smiled at Lana.</p>")
        .toBuilder().tag(TagKind.FANDOM, "Smallville").build();

    List<Suggestion> found = suggester.suggest(story);

    assertThat(named(found, TagKind.CHARACTER, "Clark Kent")).isPresent();
    assertThat(found).noneMatch(s -> s.kind() == TagKind.RELATIONSHIP);
  }

  @Test
  void aPronounCarriesTheCueToTheCharacterNamedBefore() {
    StoryDocument story = story(null,
            "<p>Lana waited by the window for Clark.</p>"
                + "<p>Clark came in from the rain. Clark kissed her.</p>"
                + "<p>Lana and Clark sat by the fire. Lana read aloud to Clark.</p>")
        .toBuilder().tag(TagKind.FANDOM, "Smallville").build();

    assertThat(named(suggester.suggest(story), TagKind.RELATIONSHIP, "Clark Kent/Lana Lang")).get()
        .satisfies(s -> assertThat(s.evidence()).contains("cues binding the two in 1 paragraph (kissed)"));
  }

  @Test
  void familyIsNeverPaired() {
    Vocabulary families = Vocabulary.parse(List.of(
        "fandom\tFamilies\t",
        "character\tRon Weasley\tM\tRon",
        "character\tGinny Weasley\tF\tGinny",
        "character\tLuke Skywalker\tM\tLuke",
        "character\tLeia Organa\tF\tLeia"));
    StoryDocument sameName = story(null,
            "<p>Ron Weasley and Ginny Weasley sat by the lake. Ginny said she loved Ron.</p>"
                + "<p>Ron laughed with Ginny.</p><p>Ginny kissed Ron on the cheek.</p>")
        .toBuilder().tag(TagKind.FANDOM, "Families").build();
    StoryDocument saidSo = story(null,
            "<p>Leia hugged Luke, her brother.</p><p>Luke kissed Leia on the cheek.</p>"
                + "<p>Leia and Luke laughed at the droid.</p>")
        .toBuilder().tag(TagKind.FANDOM, "Families").build();

    for (StoryDocument story : List.of(sameName, saidSo)) {
      List<Suggestion> found = new TagSuggester(families).suggest(story);
      assertThat(found).filteredOn(s -> s.kind() == TagKind.CHARACTER).hasSize(2);
      assertThat(found).noneMatch(s -> s.kind() == TagKind.RELATIONSHIP);
    }
  }

  @Test
  void everySuggestionHasAConfidenceAndEvidence() {
    List<Suggestion> found = suggester.suggest(readSeed("000_6d3892887376a1a9.txt"));

    assertThat(found).allSatisfy(s -> {
      assertThat(s.confidence()).isBetween(0.0, 1.0);
      assertThat(s.evidence()).isNotBlank();
    });
  }

  @Test
  void neverSuggestsACharacterTheAuthorTagged() {
    StoryDocument story = readSeed("000_6d3892887376a1a9.txt").toBuilder()
        .tag(TagKind.CHARACTER, "Lex Luthor").build();

    assertThat(named(suggester.suggest(story), TagKind.CHARACTER, "Lex Luthor")).isEmpty();
  }

  static Optional<Suggestion> named(List<Suggestion> found, TagKind kind, String name) {
    return found.stream().filter(s -> s.kind() == kind && s.name().equals(name)).findFirst();
  }

  static StoryDocument story(String notes, String bodyHtml) {
    return StoryDocument.builder().notes(notes).chapter(new StoryChapter(null, null, null, bodyHtml)).build();
  }

  static StoryDocument readSeed(String name) {
    try (InputStream in = CastSuggestionTest.class.getResourceAsStream("/seeds/" + name)) {
      return new PlainTextFormat().read(in.readAllBytes(), name);
    } catch (IOException | UnreadableFileException e) {
      throw new AssertionError("cannot read seed " + name, e);
    }
  }
}
