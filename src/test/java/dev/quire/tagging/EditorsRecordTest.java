package dev.quire.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tagging.EditorsRecord.Tally;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An archive's editors' decisions lower the confidence of the ways of finding they reject. */
class EditorsRecordTest {

  private static final Suggestion NAMED =
      new Suggestion(TagKind.CHARACTER, "Merlin", 0.9, "named 12 times", Finding.CHARACTER_NAMED);

  @Test
  void anArchiveWhoseEditorsDecidedNothingKeepsEveryConfidence() {
    assertThat(EditorsRecord.NONE.weigh(NAMED)).isEqualTo(NAMED);
  }

  @Test
  void fiveRejectionsOfConfidentSuggestionsHalveTheirFinding() {
    EditorsRecord record = EditorsRecord.of(Map.of(Finding.CHARACTER_NAMED, new Tally(5, 0, 4.5)));

    Suggestion weighed = record.weigh(NAMED);

    assertThat(weighed.confidence()).isCloseTo(0.9 * 5 / 9.5, within(1e-9));
    assertThat(weighed.evidence()).isEqualTo("named 12 times; lowered from 0.90: editors here accepted 0 of 5"
        + " suggestions of a character the text names");
    assertThat(weighed.finding()).isEqualTo(Finding.CHARACTER_NAMED);
  }

  @Test
  void rejectingWhatWasOfferedAsUnlikelyCostsLittle() {
    EditorsRecord record = EditorsRecord.of(Map.of(Finding.CHARACTER_MENTIONED, new Tally(5, 0, 0.5)));

    assertThat(record.trust(Finding.CHARACTER_MENTIONED)).isCloseTo(5 / 5.5, within(1e-9));
  }

  @Test
  void acceptancesOffsetRejectionsButNeverRaiseAFinding() {
    EditorsRecord calibrated = EditorsRecord.of(Map.of(Finding.CHARACTER_NAMED, new Tally(10, 9, 9)));
    EditorsRecord allAccepted = EditorsRecord.of(Map.of(Finding.CHARACTER_NAMED, new Tally(10, 10, 6)));

    assertThat(calibrated.weigh(NAMED)).isEqualTo(NAMED);
    assertThat(allAccepted.weigh(NAMED)).isEqualTo(NAMED);
  }

  @Test
  void anotherFindingsRejectionsLeaveThisOneAlone() {
    EditorsRecord record = EditorsRecord.of(Map.of(Finding.RATING_ABSENCE, new Tally(20, 0, 10)));

    assertThat(record.weigh(NAMED)).isEqualTo(NAMED);
    assertThat(record.trust(Finding.RATING_FOUND)).isEqualTo(1);
  }

  @Test
  void theSuggesterOffersWhatItFindsAtTheConfidenceTheArchiveGaveItsFinding() {
    StoryDocument story = StoryDocument.builder()
        .notes("Disclaimer: I do not own Merlin, nor any of its characters.")
        .chapter(new StoryChapter(null, null, null, "<p>The kitchens were warm.</p>"))
        .build();
    Suggestion asFound = new TagSuggester().suggest(story).getFirst();
    EditorsRecord record = EditorsRecord.of(Map.of(asFound.finding(), new Tally(8, 1, 7.2)));

    Suggestion offered = new TagSuggester(Vocabulary.shipped(), record).suggest(story).getFirst();

    assertThat(asFound.finding()).isEqualTo(Finding.DISCLAIMER);
    assertThat(offered.name()).isEqualTo(asFound.name());
    assertThat(offered.confidence()).isCloseTo(asFound.confidence() * 6 / 12.2, within(1e-9));
    assertThat(offered.evidence()).startsWith(asFound.evidence())
        .endsWith("editors here accepted 1 of 8 suggestions of a fandom its disclaimer names");
  }
}
