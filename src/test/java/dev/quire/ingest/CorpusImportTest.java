package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole shared corpus (real AO3 downloads and pages, EPUBs, FanFiction.Net pages, odd and
 * broken files) imported in one batch, as an archivist would. Skipped when the corpus is absent.
 */
class CorpusImportTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;

  @Test
  void theCorpusImportsWithoutDefectsAndChapterPagesJoinTheirStories() {
    Path corpus = Path.of(System.getProperty("quire.shared", "../shared"), "corpus");
    assumeTrue(Files.isDirectory(corpus), "the shared corpus is not beside the project");

    ImportReport report = importer.importPaths(List.of(corpus), false, outcome -> {});

    assertThat(report.files()).noneSatisfy(f ->
        assertThat(String.valueOf(f.reason())).startsWith("internal error"));
    Map<String, FileOutcome> byName = report.files().stream()
        .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), f -> f, (a, b) -> a));
    for (String ao3 : List.of("First_as_Farce.html", "New_Creatures_With_New.html", "incompleteWork.epub",
        "epubTest.epub", "calibre-book-4-errors.epub", "alan.html")) {
      assertThat(byName.get(ao3).status()).as(ao3).isEqualTo(Status.IMPORTED);
    }
    assertThat(byName.get("htmlTest.html").workId()).isEqualTo(byName.get("epubTest.epub").workId());
    assertThat(byName.get("incompleteWork.html").workId()).isEqualTo(byName.get("incompleteWork.epub").workId());
    long story = byName.get("intro.html").workId();
    assertThat(byName.get("first.html").workId()).isEqualTo(story);
    assertThat(byName.get("78.html").workId()).isEqualTo(story);
    WorkDetails joined = catalog.details(Viewer.guest(), story).orElseThrow();
    assertThat(joined.chapters()).extracting(ChapterText::position).containsExactly(1, 3, 78);
    assertThat(joined.sources()).hasSize(3);
    assertThat(report.files()).filteredOn(f -> f.status() == Status.FAILED)
        .allSatisfy(f -> assertThat(f.reason()).isNotBlank());
  }
}
