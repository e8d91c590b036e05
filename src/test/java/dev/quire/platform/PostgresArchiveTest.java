package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole archive on PostgreSQL instead of H2, by configuration only: import, search and read
 * back. Runs when {@code QUIRE_TEST_POSTGRES_URL} names a database (as {@code .ci/run} does).
 */
@SpringBootTest
@EnabledIfEnvironmentVariable(named = "QUIRE_TEST_POSTGRES_URL", matches = ".+")
class PostgresArchiveTest {

  static final String SCHEMA = "archive_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @TempDir static Path data;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = System.getenv("QUIRE_TEST_POSTGRES_URL");
    registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("QUIRE_TEST_POSTGRES_USER", "quire"));
    registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("QUIRE_TEST_POSTGRES_PASSWORD", ""));
    registry.add("spring.flyway.schemas", () -> SCHEMA);
    registry.add("spring.flyway.create-schemas", () -> "true");
    registry.add("quire.data", () -> data.toString());
  }

  @Autowired Importer importer;
  @Autowired WorkQuery query;
  @Autowired WorkCatalog catalog;

  @Test
  void importsSearchesAndReadsBackASeedOnPostgres(@TempDir Path folder) throws IOException {
    Path seed = folder.resolve("001_b7773ee8eb1fcad9.txt");
    try (InputStream in = getClass().getResourceAsStream("/seeds/001_b7773ee8eb1fcad9.txt")) {
      Files.copy(in, seed);
    }

    ImportReport first = importer.importPaths(List.of(seed), false, o -> {});
    ImportReport again = importer.importPaths(List.of(seed), false, o -> {});
    long id = first.files().get(0).workId();

    assertThat(first.files()).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.IMPORTED);
    assertThat(again.files()).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.DUPLICATE);
    assertThat(query.search(WorkSearch.of("Maggie")).works())
        .extracting(WorkSummary::id).containsExactly(id);
    WorkDetails work = catalog.details(id).orElseThrow();
    assertThat(work.summary().creators()).containsExactly("Maggie");
    assertThat(work.suggestions()).extracting(WorkDetails.SuggestionView::name).contains("Smallville");
    assertThat(catalog.original(work.source().orElseThrow().sha256()).orElseThrow())
        .isEqualTo(Files.readAllBytes(seed));
  }
}
