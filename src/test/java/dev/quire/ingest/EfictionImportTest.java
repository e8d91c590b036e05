package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.tag.TagKind;
import dev.quire.work.CreatorRepository;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkRepository;
import dev.quire.work.WorkSummary;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A dead eFiction archive's backup folder comes back as works, in one import. */
class EfictionImportTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired WorkRepository works;
  @Autowired CreatorRepository creators;
  @Autowired TransactionTemplate transactions;

  @Test
  void aBackupFolderImportsOneWorkPerStoryAndNeverItsChapterFilesAsWorks(@TempDir Path root) throws IOException {
    Path backup = copy("classic", root.resolve("lantern"));

    ImportReport report = importer.importPaths(List.of(backup), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::path).containsExactly(
        "lantern/lantern-archive.sql story 1", "lantern/lantern-archive.sql story 2",
        "lantern/lantern-archive.sql story 3", "lantern/lantern-archive.sql story 4",
        "lantern/lantern-archive.sql");
    assertThat(report.files()).extracting(FileOutcome::status).containsExactly(
        Status.IMPORTED, Status.IMPORTED, Status.IMPORTED, Status.IMPORTED, Status.ARCHIVE);
    assertThat(report.files().get(2).flags()).contains("chapter 2 (id 14): its text is neither in the"
        + " chapters table nor in a story file (stories/1/14.txt); a notice stands in its place");
    assertThat(report.files().get(4).flags()).containsExactly(
        "eFiction archive: 4 stories (0 unreadable), 6 chapters, 62 words, 3 authors",
        "tags by kind: 4 ratings, 3 archive warnings, 1 categories, 2 fandoms, 1 relationships,"
            + " 2 characters, 3 additional tags",
        "maps to no tag: class id 99 (not in the classes table)",
        "maps to no tag: rating 'Spicy' (AO3 has no such rating; read as Not Rated)");

    WorkDetails first = catalog.details(Viewer.guest(), report.files().get(0).workId()).orElseThrow();
    assertThat(first.chapters()).extracting(WorkDetails.ChapterText::title)
        .containsExactly("The First Night", "The Second Night");
    assertThat(first.series()).extracting(WorkDetails.SeriesPlace::title, WorkDetails.SeriesPlace::position)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Lamplight Cycle", 1));
    assertThat(first.sources()).extracting(WorkDetails.Source::format).containsExactly("efiction");
    WorkSummary summary = catalog.summary(Viewer.guest(), report.files().get(0).workId()).orElseThrow();
    assertThat(summary.tags().get(TagKind.FANDOM)).containsExactly("The Lantern Keepers");
    assertThat(summary.chapterProgress()).isEqualTo("2/2");
    WorkSummary coWritten = catalog.summary(Viewer.guest(), report.files().get(2).workId()).orElseThrow();
    assertThat(coWritten.bylines()).hasSize(2);
    assertThat(catalog.summary(Viewer.guest(), report.files().get(3).workId()))
        .as("a story the old archive never validated is a draft").isEmpty();
    transactions.executeWithoutResult(status ->
        assertThat(creators.findUnclaimed("Quillfeather").orElseThrow().getClaimEmail())
            .isEqualTo("quill@example.org"));
  }

  @Test
  void importingAgainAddsNothingAndANewerBackupAddsItsNewChapters(@TempDir Path root) throws IOException {
    Path older = copy("tablestore", root.resolve("orchard"));
    ImportReport first = importer.importPaths(List.of(older), false, outcome -> {});
    long worksBefore = works.count();

    ImportReport again = importer.importPaths(List.of(older), false, outcome -> {});

    assertThat(works.count()).isEqualTo(worksBefore);
    assertThat(again.files()).extracting(FileOutcome::status)
        .containsExactly(Status.DUPLICATE, Status.DUPLICATE, Status.ARCHIVE);

    Path newer = copy("tablestore", root.resolve("orchard-newer"));
    Path dump = newer.resolve("orchard-backup-2009-03-02.sql");
    Files.writeString(newer.resolve("orchard-backup-2009-06-01.sql"), Files.readString(dump, StandardCharsets.ISO_8859_1)
        + "INSERT INTO `efic_chapters` VALUES(33, 'Winter', 2, '', 'Snow on the branches.', NULL, 1, 0, 0, 0, 21, 8, 0);\n",
        StandardCharsets.ISO_8859_1);
    Files.delete(dump);

    ImportReport later = importer.importPaths(List.of(newer), false, outcome -> {});

    assertThat(later.files()).extracting(FileOutcome::status)
        .containsExactly(Status.DUPLICATE, Status.IMPORTED, Status.ARCHIVE);
    assertThat(later.files().get(1).workId()).isEqualTo(first.files().get(1).workId());
    assertThat(works.count()).isEqualTo(worksBefore);
    WorkDetails apples = catalog.details(Viewer.guest(), first.files().get(1).workId()).orElseThrow();
    assertThat(apples.chapters()).extracting(WorkDetails.ChapterText::title).containsExactly(null, "Winter");
  }

  @Test
  void badBackupsSayWhyAndTheirReadableStoriesStillImport(@TempDir Path root) throws IOException {
    Path truncated = copy("truncated", root.resolve("truncated"));
    Path twoArchives = copy("two-archives", root.resolve("two"));
    Path otherApp = copy("other-app", root.resolve("other"));

    ImportReport report = importer.importPaths(List.of(truncated, twoArchives, otherApp), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::path, FileOutcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("truncated/cut-off.sql", Status.FAILED),
        org.assertj.core.groups.Tuple.tuple("truncated/cut-off.sql story 1", Status.IMPORTED),
        org.assertj.core.groups.Tuple.tuple("truncated/cut-off.sql story 2", Status.IMPORTED),
        org.assertj.core.groups.Tuple.tuple("truncated/cut-off.sql", Status.ARCHIVE),
        org.assertj.core.groups.Tuple.tuple("two/first.sql", Status.FAILED),
        org.assertj.core.groups.Tuple.tuple("two/second.sql", Status.FAILED),
        org.assertj.core.groups.Tuple.tuple("other/blog.sql", Status.FAILED));
    assertThat(report.files().get(0).reason()).startsWith("truncated/cut-off.sql line 12, column 62: ")
        .contains("never closed");
    assertThat(report.files().get(4).reason()).isEqualTo("the folder holds the dumps of 2 eFiction archives"
        + " (first.sql, second.sql), and cannot tell whose chapter files are whose: put each archive in a"
        + " folder of its own");
    assertThat(report.files().get(6).reason()).contains("no chapters table");
  }

  private static Path copy(String fixture, Path to) throws IOException {
    Path from;
    try {
      from = Paths.get(EfictionImportTest.class.getResource("/efiction/" + fixture).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }
}
