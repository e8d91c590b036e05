package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.Viewer;
import dev.quire.catalog.CatalogLinks;
import dev.quire.catalog.NavigationFeeds;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.story.StoryDocument;
import dev.quire.tag.TagKind;
import dev.quire.work.SuggestionQueue;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * The whole archive on PostgreSQL instead of H2, by configuration only: import, search, read
 * back and review suggestions. Runs when {@code QUIRE_TEST_POSTGRES_URL} names a database (as {@code .ci/run} does).
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
  @Autowired SuggestionQueue suggestions;

  @Autowired NavigationFeeds navigation;
  @Autowired WorkPublisher publisher;

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
    assertThat(query.search(Viewer.guest(), WorkSearch.of("Maggie")).works())
        .extracting(WorkSummary::id).containsExactly(id);
    WorkDetails work = catalog.details(Viewer.guest(), id).orElseThrow();
    assertThat(work.summary().creators()).containsExactly("Maggie");
    assertThat(work.suggestions()).extracting(WorkDetails.SuggestionView::name).contains("Smallville");
    assertThat(suggestions.waiting(Viewer.guest(), null, 0, true, 1).suggestions())
        .extracting(q -> q.suggestion().name()).contains("Smallville");
    assertThat(suggestions.waiting(Viewer.guest(), TagKind.FANDOM, 0.5, false, 1).suggestions())
        .extracting(q -> q.work().id()).containsOnly(id);
    assertThat(catalog.original(Viewer.guest(), work.id(), work.source().orElseThrow().sha256()).orElseThrow())
        .isEqualTo(Files.readAllBytes(seed));
  }

  @Test
  void listsCreatorsAndRatingsWithTheirWorksForTheCatalogOnPostgres() throws NoSuchAlgorithmException {
    byte[] bytes = ("Harbour Lights " + SCHEMA).getBytes(StandardCharsets.UTF_8);
    StoryDocument story = StoryDocument.builder().title("Harbour Lights").creator("Quill " + SCHEMA)
        .chapter(new StoryDocument.StoryChapter(null, null, null, "<p>The boats came in.</p>")).build();
    publisher.publish(new WorkPublisher.Submission(story, "Harbour Lights", List.of(),
        new WorkPublisher.Original("harbour.txt", "plain-text", bytes,
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))));
    CatalogLinks links = new CatalogLinks("http://localhost");

    assertThat(new String(navigation.creators(links, Viewer.guest(), 1), StandardCharsets.UTF_8))
        .contains("<title>Quill " + SCHEMA + "</title><updated>");
    assertThat(new String(navigation.tags(links, Viewer.guest(), TagKind.RATING, 1), StandardCharsets.UTF_8))
        .contains("<title>Not Rated</title>");
  }
}
