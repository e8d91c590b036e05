package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome.Status;
import dev.quire.search.TestWorks;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A newer download of an AO3 work updates the work it came from, as FanFicFare's update mode
 * expects: same id, new and revised chapters, every original kept.
 */
class LaterVersionImportTest extends ArchiveTest {

  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired TagRepository tags;
  @Autowired EntityManagerFactory entityManagerFactory;

  private final String workNumber = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000, 99_999_999));

  /** The AO3 download fixture as work {@link #workNumber}. */
  private String download() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/formats/ao3-download.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("1234567", workNumber);
    }
  }

  private FileOutcome importHtml(String name, String html) {
    return importer.importBytes(name, name, html.getBytes(StandardCharsets.UTF_8), false);
  }

  @Test
  void aNewerDownloadFromTheSameAddressSpelledOtherwiseUpdatesTheWorkAndKeepsItsId() throws IOException {
    String first = download();
    String later = first.replace("https://archiveofourown.org/works/" + workNumber,
            "http://www.archiveofourown.org/works/" + workNumber + "/")
        .replace("Updated: 2022-05-06", "Updated: 2023-01-10")
        .replace("Snow fell on the gallery and the two of them swept it away together.",
            "Snow fell on the gallery all night, and in the morning the two of them swept it away together.");

    FileOutcome imported = importHtml("work.html", first);
    long chapterThree = catalog.details(Viewer.guest(), imported.workId()).orElseThrow().chapters().get(2).id();
    FileOutcome updated = importHtml("work-later.html", later);

    WorkDetails work = catalog.details(Viewer.guest(), imported.workId()).orElseThrow();
    assertThat(updated.status()).isEqualTo(Status.UPDATED);
    assertThat(updated.workId()).isEqualTo(imported.workId());
    assertThat(updated.flags()).contains("updated work " + imported.workId()
        + " from a later version: no chapter added, chapter 3 revised");
    assertThat(work.chapters()).hasSize(3);
    assertThat(work.chapters().get(2).id()).isEqualTo(chapterThree);
    assertThat(work.chapters().get(2).body()).contains("all night");
    assertThat(work.summary().updated().toString()).startsWith("2023-01-10");
    assertThat(work.summary().words()).isEqualTo(work.chapters().stream().mapToInt(ChapterText::words).sum());
    assertThat(work.sources()).extracting(WorkDetails.Source::fileName).containsExactly("work.html", "work-later.html");
  }

  @Test
  void aCopyImportedWithOtherFilesMakesNoTagOnlyItNames(@TempDir Path folder) throws IOException {
    String first = download();
    long work = importHtml("work.html", first).workId();
    String marker = TestWorks.marker();
    // The same work again (same address, chapters and words), naming a tag the archive lacks,
    // in one batch with a new work naming another.
    Files.writeString(folder.resolve("a-copy.html"), first.replace("Storms</a>",
        "Storms</a>, <a href=\"https://archiveofourown.org/tags/x\">Gale " + marker + "</a>"));
    Files.writeString(folder.resolve("b-new.txt"), "Title: Harbour Lights " + marker
        + "\nAdditional Tags: Squall " + marker + "\n\nThe lamps of the harbour were lit one by one at dusk.\n");

    ImportReport report = importer.importPaths(List.of(folder), false, outcome -> {});

    assertThat(report.files()).extracting(FileOutcome::status).containsOnly(Status.IMPORTED);
    assertThat(report.files().getFirst().flags())
        .anySatisfy(flag -> assertThat(flag).startsWith("another copy of work " + work));
    assertThat(tags.findByKindAndName(TagKind.FREEFORM, "Gale " + marker)).isEmpty();
    assertThat(tags.findByKindAndName(TagKind.FREEFORM, "Squall " + marker)).isPresent();
  }

  @Test
  void onlyAFileFromAnAddressAlreadySeenLooksForTheWorkPublishedThere(@TempDir Path folder) throws IOException {
    String first = download();
    Files.writeString(folder.resolve("a-new.html"), first);
    // Another download of the same version: the same words, not the same bytes.
    Files.writeString(folder.resolve("b-copy.html"), first + "\n");
    Files.writeString(folder.resolve("c-no-address.txt"), "Title: Harbour Lights " + TestWorks.marker()
        + "\n\nThe lamps of the harbour were lit one by one at dusk.\n");
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    ImportReport report;
    long lookups;
    try {
      statistics.clear();
      report = importer.importPaths(List.of(folder), false, outcome -> {});
      // The lookup of the works published at an address, oldest first (not the batch's one query
      // for which of its addresses are taken, which has no order).
      lookups = Arrays.stream(statistics.getQueries())
          .filter(query -> query.contains("sourceUrl") && query.toLowerCase(Locale.ROOT).contains("order by"))
          .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionCount()).sum();
    } finally {
      statistics.setStatisticsEnabled(false);
    }

    assertThat(report.files()).extracting(FileOutcome::status).containsOnly(Status.IMPORTED);
    long work = report.files().getFirst().workId();
    assertThat(report.files().get(1).flags()).anySatisfy(flag -> assertThat(flag).startsWith("another copy of work " + work));
    assertThat(lookups).as("lookups of the work published at a file's address").isEqualTo(1);
  }

  @Test
  void theOlderDownloadImportedAfterTheNewerOneChangesNothing() throws IOException {
    String first = download();
    String later = first.replace("Updated: 2022-05-06", "Updated: 2023-01-10")
        .replace("Snow fell on the gallery", "Snow fell thickly on the gallery");
    FileOutcome newer = importHtml("newer.html", later);

    FileOutcome older = importHtml("older.html", first);

    assertThat(older.status()).isEqualTo(Status.IMPORTED);
    assertThat(older.workId()).isEqualTo(newer.workId());
    assertThat(older.flags()).anySatisfy(flag -> assertThat(flag).startsWith("an earlier version of work " + newer.workId()));
    WorkDetails work = catalog.details(Viewer.guest(), newer.workId()).orElseThrow();
    assertThat(work.chapters().get(2).body()).contains("Snow fell thickly");
    assertThat(work.summary().updated().toString()).startsWith("2023-01-10");
  }
}
