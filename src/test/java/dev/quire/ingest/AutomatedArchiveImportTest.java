package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.ingest.archive.AutomatedArchiveBackup;
import dev.quire.tag.TagKind;
import dev.quire.work.CreatorRepository;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkRepository;
import dev.quire.work.WorkSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A dead Automated Archive's backup folder comes back as works, in one import. */
class AutomatedArchiveImportTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired WorkRepository works;
  @Autowired CreatorRepository creators;
  @Autowired TransactionTemplate transactions;

  @Test
  void aBackupFolderImportsOneWorkPerStoryAndNeverItsStoryFilesAsWorks(@TempDir Path root) throws IOException {
    Path backup = AutomatedArchiveBackup.write(root.resolve("harbour"), variant("first", 14));
    Files.writeString(backup.resolve("index.html"), "<html><body><p>Welcome to the archive.</p></body></html>");
    long worksBefore = works.count();

    ImportReport report = importer.importPaths(List.of(backup), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::path, FileOutcome::status).containsExactly(
        tuple("harbour/ARCHIVE_DB.pl story 1", Status.IMPORTED),
        tuple("harbour/ARCHIVE_DB.pl story 2", Status.IMPORTED),
        tuple("harbour/ARCHIVE_DB.pl story 3", Status.FAILED),
        tuple("harbour/ARCHIVE_DB.pl story 4", Status.FAILED),
        tuple("harbour/ARCHIVE_DB.pl", Status.ARCHIVE));
    assertThat(works.count()).isEqualTo(worksBefore + 2);
    assertThat(report.files().get(2).reason()).isEqualTo("the archive's story 3: its story file is missing"
        + " (looked for vance_missing.html and archive/vance_missing.html beside harbour/ARCHIVE_DB.pl)");
    assertThat(report.files().get(3).reason()).contains("only a link to another site");
    assertThat(report.files().get(4).flags()).containsExactly(
        "Automated Archive: 4 stories (2 unreadable), 2 chapters, 27 words, 3 authors",
        "tags by kind: 2 ratings, 2 archive warnings, 1 categories, 1 fandoms, 1 relationships, 2 characters,"
            + " 2 additional tags",
        "maps to no tag: field Season (Quire reads nothing from it; kept in each story's original)",
        "maps to no tag: rating 'Spicy' (AO3 has no such rating; read as Not Rated)",
        "1 file beside the database belongs to no story (the archive's own pages, or stories it no longer"
            + " lists) and are not imported");

    WorkDetails tideClock = catalog.details(Viewer.guest(), report.files().get(0).workId()).orElseThrow();
    assertThat(tideClock.sources()).extracting(WorkDetails.Source::format).containsExactly("automated-archive");
    WorkSummary cafe = catalog.summary(Viewer.guest(), report.files().get(1).workId()).orElseThrow();
    assertThat(cafe.title()).isEqualTo("Café Nights");
    assertThat(cafe.tags().get(TagKind.RELATIONSHIP)).containsExactly("Rue/Sol");
    transactions.executeWithoutResult(status ->
        assertThat(creators.findUnclaimed("Merrow Vance").orElseThrow().getClaimEmail())
            .isEqualTo("merrow@example.org"));
  }

  @Test
  void importingAgainAddsNothing(@TempDir Path root) throws IOException {
    Path backup = AutomatedArchiveBackup.write(root.resolve("tides"), variant("again", 15));
    ImportReport first = importer.importPaths(List.of(backup), false, outcome -> {});
    long worksBefore = works.count();

    ImportReport again = importer.importPaths(List.of(backup), false, outcome -> {});

    assertThat(works.count()).isEqualTo(worksBefore);
    assertThat(again.files()).extracting(FileOutcome::status).containsExactly(
        Status.DUPLICATE, Status.DUPLICATE, Status.FAILED, Status.FAILED, Status.ARCHIVE);
    assertThat(again.files().get(0).workId()).isEqualTo(first.files().get(0).workId());
  }

  @Test
  void namingTheDatabaseItselfImportsTheArchive(@TempDir Path root) throws IOException {
    Path backup = AutomatedArchiveBackup.write(root.resolve("named"), variant("named", 17));

    ImportReport report = importer.importPaths(List.of(backup.resolve("ARCHIVE_DB.pl")), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::path, FileOutcome::status).containsExactly(
        tuple("ARCHIVE_DB.pl story 1", Status.IMPORTED),
        tuple("ARCHIVE_DB.pl story 2", Status.IMPORTED),
        tuple("ARCHIVE_DB.pl story 3", Status.FAILED),
        tuple("ARCHIVE_DB.pl story 4", Status.FAILED),
        tuple("ARCHIVE_DB.pl", Status.ARCHIVE));
  }

  @Test
  void aBrokenDatabaseSaysWhereAndItsReadableStoriesStillImport(@TempDir Path root) throws IOException {
    String database = variant("cut", 16);
    String cut = database.substring(0, database.indexOf("Then another."));
    Path backup = AutomatedArchiveBackup.write(root.resolve("cut"), cut);

    ImportReport report = importer.importPaths(List.of(backup), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::path, FileOutcome::status).containsExactly(
        tuple("cut/ARCHIVE_DB.pl story 1", Status.IMPORTED),
        tuple("cut/ARCHIVE_DB.pl story 2", Status.FAILED),
        tuple("cut/ARCHIVE_DB.pl", Status.ARCHIVE));
    assertThat(report.files().get(1).reason()).isEqualTo("the archive's story 2: its entry cannot be read to its"
        + " end: cut/ARCHIVE_DB.pl line 23, column 13: a value opened here is never closed (a quote is missing,"
        + " or the file is cut off)");
  }

  /**
   * The test backup's database as another archive's: its summaries marked and its first story's day
   * changed, so that each test's stories are new to Quire and join no other test's works.
   */
  private static String variant(String mark, int day) {
    return AutomatedArchiveBackup.DATABASE.replace("03/14/99", "03/" + day + "/99").replace("counts the tides.", "counts the tides (" + mark + ").")
        .replace("share a table.", "share a table (" + mark + ").");
  }
}
