package dev.quire.wrangling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TagRefiling;
import dev.quire.search.TestWorks;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole vocabulary mapping (what {@code quire tags import-map} reads from a spreadsheet) on the
 * deployment the run is on, PostgreSQL included: tried first and kept nothing, then applied in one
 * change, the works re-filed; or refused at one row, and nothing changed.
 */
class VocabularyMappingTest extends ArchiveTest {

  @Autowired VocabularyMapping mapping;
  @Autowired TagRepository tags;
  @Autowired WorkPublisher publisher;
  @Autowired TagRefiling refiling;
  @Autowired WorkQuery query;
  @Autowired TransactionTemplate transactions;

  String marker;
  String lana;
  String lanaLang;
  String smallville;

  @BeforeEach
  void anImportedWork() {
    marker = TestWorks.marker();
    lana = "Lana " + marker;
    lanaLang = "Lana Lang " + marker;
    smallville = "Smallville " + marker;
    TestWorks.publish(publisher, StoryDocument.builder().title("Lana's day " + marker).creator("Writer")
        .tag(TagKind.FANDOM, "SV " + marker).tag(TagKind.CHARACTER, lana).tag(TagKind.RATING, "General Audiences")
        .chapter(new StoryChapter(null, null, null, "<p>Words of " + marker + ".</p>")).build());
  }

  @Test
  void aDryRunKeepsNothingAndTheMappingThenFilesTheWorksUnderItsCanonicalTags() {
    List<TagMapRow> rows = List.of(
        new TagMapRow(2, lana, TagKind.CHARACTER, null, lanaLang, smallville),
        new TagMapRow(3, lanaLang, TagKind.CHARACTER, true, null, smallville),
        new TagMapRow(4, "SV " + marker, TagKind.FANDOM, null, smallville, null));

    VocabularyMapping.Report dry = mapping.apply(Viewer.archive(), rows, true);
    assertThat(dry.made()).contains("character \"" + lanaLang + "\"", "fandom \"" + smallville + "\" (canonical)");
    assertThat(tags.findByKindAndName(TagKind.CHARACTER, lanaLang)).as("the dry run kept nothing").isEmpty();

    VocabularyMapping.Report applied = mapping.apply(Viewer.archive(), rows, false);
    assertThat(applied.lines()).containsExactly(
        "line 2: character \"" + lana + "\": synonym of, parents",
        "line 3: character \"" + lanaLang + "\": canonical, parents",
        "line 4: fandom \"SV " + marker + "\": synonym of");
    transactions.executeWithoutResult(status -> {
      Tag synonym = tags.findByKindAndName(TagKind.CHARACTER, lana).orElseThrow();
      assertThat(synonym.canonicalTag().getName()).isEqualTo(lanaLang);
      assertThat(synonym.canonicalTag().getParents()).extracting(Tag::getName).containsExactly(smallville);
    });
    while (refiling.refileWaiting() > 0) {
      // each batch is written; the next takes what is left
    }
    assertThat(query.search(Viewer.guest(), WorkSearch.of("character:\"" + lanaLang + "\" fandom:\"" + smallville + "\""))
        .total()).as("the imported work, filed under both canonical tags").isEqualTo(1);
    assertThat(mapping.apply(Viewer.archive(), rows, false).lines()).allMatch(line -> line.endsWith("unchanged"));
  }

  @Test
  void aRefusedRowChangesNothingAndNamesItsLine() {
    List<TagMapRow> rows = List.of(
        new TagMapRow(2, lanaLang, TagKind.CHARACTER, true, null, null),
        new TagMapRow(3, lanaLang, TagKind.CHARACTER, null, lana, null));

    assertThatThrownBy(() -> mapping.apply(Viewer.archive(), rows, false))
        .isInstanceOf(WranglingRefusedException.class)
        .hasMessageContaining("line 3: \"" + lanaLang + "\" is canonical");
    assertThat(tags.findByKindAndName(TagKind.CHARACTER, lanaLang)).as("line 2 was not kept either").isEmpty();
  }
}
