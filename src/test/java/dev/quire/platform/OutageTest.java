package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quire.ClusterServers;
import dev.quire.ingest.Importer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The PostgreSQL database or the OpenSearch cluster stops answering while the archive runs, gone or
 * hung: what needs it answers 503 with a message and {@code Retry-After}, within seconds; what does
 * not (reading a work while the index is away, static files, the error page) keeps working; and
 * when the server is back, the archive serves again with no restart. The servers are the cluster's
 * ({@link ClusterServers}), reached through gates this test shuts, holds and opens. Skips without
 * them, unless {@code CI=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Its gates close with the class: an archive left in Spring's cache behind them would go on
// failing its scheduled work, and say so on standard error while other tests read it.
@DirtiesContext
class OutageTest {

  private static TcpGate database;
  private static TcpGate index;

  @LocalServerPort int port;
  @Autowired Importer importer;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void clusterGiven() {
    ClusterServers.assumeAvailable();
  }

  /** The cluster's archive of this test, reached through gates: the database's and the index's. */
  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) throws IOException {
    String archive = ClusterServers.registerArchive(registry, false);
    if (archive == null) {
      return;
    }
    URI postgres = URI.create(System.getenv("QUIRE_TEST_DATABASE_URL").replaceFirst("^jdbc:", ""));
    URI openSearch = URI.create(System.getenv("QUIRE_TEST_SEARCH_HOSTS").split(",")[0].strip());
    database = new TcpGate(postgres.getHost(), postgres.getPort() < 0 ? 5432 : postgres.getPort());
    index = new TcpGate(openSearch.getHost(), openSearch.getPort());
    String gated = "jdbc:postgresql://127.0.0.1:" + database.port() + postgres.getRawPath()
        + (postgres.getRawQuery() == null ? "" : "?" + postgres.getRawQuery());
    // The same schema and index prefix as registered, through the gates.
    registry.add("spring.datasource.url", () -> ClusterServers.withSchema(gated, archive));
    registry.add("quire.search.hosts", () -> openSearch.getScheme() + "://127.0.0.1:" + index.port());
  }

  @AfterAll
  static void openTheGates() throws IOException {
    if (database != null) {
      database.close();
      index.close();
    }
  }

  @Test
  void whatNeedsAnAbsentServerAnswers503AndRecoversWhenItIsBack() throws Exception {
    String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long work = importer.importBytes("outage.txt", "outage-" + word + ".txt",
        ("Title: Outage " + word + "\n\nRated: General Audiences\n\nA short story about " + word + ".\n")
            .getBytes(StandardCharsets.UTF_8), false).workId();
    assertThat(get("/works/search?q=" + word).statusCode()).isEqualTo(200);

    index.shut();
    HttpResponse<String> search = get("/works/search?q=" + word);
    assertThat(search.statusCode()).isEqualTo(503);
    assertThat(search.headers().firstValue("Retry-After")).isPresent();
    assertThat(search.body()).contains("Search is unavailable");
    assertThat(get("/works/" + work + "?view_adult=true").statusCode()).isEqualTo(200);
    assertThat(get("/css/quire.css").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").statusCode()).isEqualTo(503);

    index.open();
    await().atMost(Duration.ofSeconds(30)).until(() -> get("/works/search?q=" + word).statusCode() == 200);

    database.shut();
    long shut = System.nanoTime();
    HttpResponse<String> page = get("/works/" + work + "?view_adult=true");
    assertThat(Duration.ofNanos(System.nanoTime() - shut)).as("the first request, the pool's connections cut")
        .isLessThan(Duration.ofSeconds(5));
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body()).contains("cannot reach its database");
    long started = System.nanoTime();
    assertThat(get("/works/search?q=" + word).statusCode()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a second request, the pool empty")
        .isLessThan(Duration.ofSeconds(5));
    assertThat(get("/css/quire.css").statusCode()).isEqualTo(200);

    database.open();
    await().atMost(Duration.ofSeconds(30)).until(() -> get("/works/" + work + "?view_adult=true").statusCode() == 200);
    assertThat(get("/works/search?q=" + word).statusCode()).isEqualTo(200);
  }

  @Test
  void aSearchTheIndexLeavesUnansweredIsRefused503WithinHalfAMinute() throws Exception {
    String word = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long work = importer.importBytes("hang.txt", "hang-" + word + ".txt",
        ("Title: Hang " + word + "\n\nRated: General Audiences\n\nA short story about " + word + ".\n")
            .getBytes(StandardCharsets.UTF_8), false).workId();
    assertThat(get("/works/search?q=" + word).statusCode()).isEqualTo(200);

    index.hold();
    try {
      long started = System.nanoTime();
      HttpResponse<String> search = get("/works/search?q=" + word);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a search the index leaves unanswered")
          .isLessThan(Duration.ofSeconds(40));
      assertThat(search.statusCode()).isEqualTo(503);
      assertThat(search.headers().firstValue("Retry-After")).isPresent();
      assertThat(search.body()).contains("Search is unavailable");
      assertThat(get("/works/" + work + "?view_adult=true").statusCode()).isEqualTo(200);
    } finally {
      index.release();
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> get("/works/search?q=" + word).statusCode() == 200);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
