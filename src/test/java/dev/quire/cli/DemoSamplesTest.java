package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.ingest.ImportReport;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkSummary;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a newcomer sees first: the demo's sample works in an archive of their own. */
@Tag(ArchiveTest.WHOLE_ARCHIVE)
@SpringBootTest
class DemoSamplesTest {

  private static final Path NEW_ARCHIVE = ArchiveTest.newDataFolder();

  @DynamicPropertySource
  static void newArchive(DynamicPropertyRegistry registry) {
    ArchiveTest.deployment(registry, NEW_ARCHIVE);
  }

  @Autowired ApplicationContext context;
  @Autowired WorkCatalog catalog;

  @Test
  void theSamplesCarryRealTitlesCreatorsAndRatingsAndASecondRunChangesNothing() throws Exception {
    ImportReport first = DemoSamples.importInto(context);
    ImportReport again = DemoSamples.importInto(context);

    assertThat(first.files()).extracting(FileOutcome::status).containsOnly(Status.IMPORTED);
    Map<String, WorkSummary> works = first.files().stream().collect(Collectors.toMap(
        FileOutcome::path, outcome -> catalog.summary(Viewer.guest(), outcome.workId()).orElseThrow()));
    assertThat(works.get("old-friends-and-new-fancies.txt")).satisfies(work -> {
      assertThat(work.title()).isEqualTo("Old Friends and New Fancies");
      assertThat(work.creators()).containsExactly("Sybil G. Brinton");
      assertThat(work.rating()).isEqualTo(Rating.GENERAL);
      assertThat(work.tags().get(TagKind.FANDOM)).containsExactly("AUSTEN Jane - Works");
    });
    assertThat(works.get("a-kidnapped-santa-claus.txt")).satisfies(work -> {
      assertThat(work.title()).isEqualTo("A Kidnapped Santa Claus");
      assertThat(work.creators()).containsExactly("L. Frank Baum");
      assertThat(work.rating()).isEqualTo(Rating.GENERAL);
    });
    assertThat(works.get("000_6d3892887376a1a9.txt").title()).isEqualTo("Lana had always loved the sound of rain…");
    assertThat(works.get("001_b7773ee8eb1fcad9.txt").title()).isEqualTo("Do you?");
    assertThat(works.get("001_b7773ee8eb1fcad9.txt").creators()).containsExactly("Maggie");
    assertThat(works.values()).extracting(WorkSummary::title).noneMatch(title -> title.contains("_"));
    assertThat(first.files()).filteredOn(f -> f.path().startsWith("00"))
        .allSatisfy(seed -> {
          assertThat(seed.flags()).contains("title guessed");
          assertThat(catalog.summary(Viewer.guest(), seed.workId()).orElseThrow().rating()).isEqualTo(Rating.EXPLICIT);
          assertThat(catalog.details(Viewer.guest(), seed.workId()).orElseThrow().suggestions())
              .noneMatch(s -> s.kind().equals(TagKind.RATING.key()));
        });

    assertThat(again.files()).extracting(FileOutcome::status).containsOnly(Status.DUPLICATE);
    assertThat(again.files()).extracting(FileOutcome::workId)
        .containsExactlyElementsOf(first.files().stream().map(FileOutcome::workId).toList());
  }
}
