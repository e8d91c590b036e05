package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An old archive in the Open Doors tables imports as works, once, from CSV files or a dump. */
class ArchiveImportTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;

  @Test
  void aFolderOfTablesImportsEveryStoryOnceAndSaysWhySomeCannot(@TempDir Path root)
      throws IOException {
    Path csv = copy(root.resolve("old-archive"), "csv", "authors.csv", "stories.csv", "chapters.csv", "tags.csv", "item_tags.csv");

    ImportReport fromTables = importer.importPaths(List.of(csv), false, outcome -> {});
    ImportReport again = importer.importPaths(List.of(csv), false, outcome -> {});

    assertThat(fromTables.files()).extracting(FileOutcome::status)
        .containsExactly(Status.IMPORTED, Status.FAILED, Status.FAILED);
    assertThat(fromTables.files().get(1).reason()).contains("marked do not import");
    assertThat(fromTables.files().get(2).reason()).contains("author 99");
    assertThat(fromTables.files().get(0).path()).endsWith("old-archive story 1");
    WorkDetails work = catalog.details(Viewer.guest(), fromTables.files().get(0).workId()).orElseThrow();
    assertThat(work.chapters()).hasSize(2);
    assertThat(work.source().orElseThrow().format()).isEqualTo("open-doors");
    assertThat(work.source().orElseThrow().fileName()).isEqualTo("old-archive-story-1.json");
    assertThat(again.files().get(0).status()).isEqualTo(Status.DUPLICATE);
    assertThat(again.files().get(0).workId()).isEqualTo(fromTables.files().get(0).workId());
  }

  @Test
  void aMysqlDumpOfTheArchiveImportsTheSameStory(@TempDir Path root) throws IOException {
    Path sql = copy(root.resolve("dump"), "sql", "archive.sql").resolve("archive.sql");

    ImportReport report = importer.importPaths(List.of(sql), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::status)
        .containsExactly(Status.IMPORTED, Status.FAILED, Status.FAILED);
    WorkDetails work = catalog.details(Viewer.guest(), report.files().get(0).workId()).orElseThrow();
    assertThat(work.chapters()).hasSize(2);
    // Had the same archive's CSV tables been imported before, the story joins that work as another copy.
    assertThat(work.sources()).extracting(WorkDetails.Source::fileName).contains("archive-story-1.json");
  }

  private static Path copy(Path folder, String fixture, String... names) throws IOException {
    Files.createDirectories(folder);
    for (String name : names) {
      try (InputStream in = ArchiveImportTest.class.getResourceAsStream("/opendoors/" + fixture + "/" + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }
    return folder;
  }
}
