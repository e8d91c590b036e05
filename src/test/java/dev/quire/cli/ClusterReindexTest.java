package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ClusterServers;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.search.TestWorks;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quire reindex} on a cluster while the archive answers searches: the new index is filled
 * next to the live one and swapped in atomically, so no search fails and none finds fewer works.
 */
@SpringBootTest
class ClusterReindexTest {

  private static final int WORKS = 60;

  @BeforeAll
  static void clusterGiven() {
    ClusterServers.assumeAvailable();
  }

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    ClusterServers.registerArchive(registry, false);
  }

  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired Environment environment;
  @Autowired SearchCluster cluster;

  @Test
  void searchesKeepFindingEveryWorkWhileTheIndexIsRebuiltAndSwapped(@TempDir Path folder) throws Exception {
    String marker = TestWorks.marker();
    for (int i = 0; i < WORKS; i++) {
      TestWorks.publish(publisher, StoryDocument.builder()
          .title("Swap " + i + " " + marker).creator("Writer").tag(TagKind.FANDOM, "Swaps " + marker)
          .tag(TagKind.RATING, "General Audiences")
          .chapter(new StoryChapter(null, null, null, "<p>The " + marker + " bridge held.</p>")).build());
    }
    String works = cluster.worksIndex();
    assertThat(aliasedIndexes(works + "-read")).containsExactly(works + "-000001");

    AtomicBoolean reindexing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    Thread reader = Thread.ofPlatform().start(() -> {
      while (reindexing.get()) {
        try {
          totals.add(query.search(Viewer.guest(), WorkSearch.of(marker)).total());
        } catch (RuntimeException e) {
          failures.add(e);
        }
      }
    });
    CommandRun run;
    try {
      run = CommandRun.of("reindex", "--data", folder.resolve("data").toString(), "--config", config(folder).toString());
    } finally {
      reindexing.set(false);
      reader.join();
    }

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).contains("Reindexed");
    assertThat(failures).isEmpty();
    assertThat(totals).hasSizeGreaterThan(10).containsOnly((long) WORKS);
    assertThat(aliasedIndexes(works + "-read")).containsExactly(works + "-000002");
    assertThat(aliasedIndexes(works + "-write")).containsExactly(works + "-000002");
    assertThat(status("/" + works + "-000001")).isEqualTo(404);
    assertThat(query.search(Viewer.guest(), WorkSearch.of(marker)).total()).isEqualTo(WORKS);
  }

  /**
   * A rebuild under way on another node, or one killed half-way, leaves the write alias on a new
   * index and the read alias on the live one; a node (or command) opening the archive then must
   * start, not stop on Hibernate Search's check that both name one index.
   */
  @Test
  void theArchiveOpensWhileARebuildHasTheWriteAliasOnANewIndex(@TempDir Path folder) throws Exception {
    String works = cluster.worksIndex();
    String live = aliasedIndexes(works + "-read").getFirst();
    String next = works + "-%06d".formatted(Integer.parseInt(live.substring(live.length() - 6)) + 1);
    send("PUT", "/" + next, "{}");
    moveWriteAlias(live, next);
    try {
      CommandRun run = CommandRun.of("fsck", "--json", "--data", folder.resolve("data").toString(),
          "--config", config(folder).toString());

      assertThat(run.stderr()).doesNotContain("HSEARCH");
      assertThat(run.exitCode()).as(run.stderr()).isZero();
      assertThat(run.stdout()).contains("\"missing\":0");
    } finally {
      moveWriteAlias(next, live);
      send("DELETE", "/" + next, null);
    }
  }

  private void moveWriteAlias(String from, String to) throws IOException, InterruptedException {
    String alias = cluster.worksIndex() + "-write";
    send("POST", "/_aliases", """
        {"actions":[{"remove":{"index":"%s","alias":"%s"}},{"add":{"index":"%s","alias":"%s","is_write_index":true}}]}"""
        .formatted(from, alias, to, alias));
  }

  private void send(String method, String path, String json) throws IOException, InterruptedException {
    String host = environment.getProperty("quire.search.hosts").split(",")[0].strip();
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(host + path))
          .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
          .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
  }

  /** The settings of this test's archive, for the command line to open the same one. */
  private Path config(Path folder) throws IOException {
    List<String> names = List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
        "spring.flyway.schemas", "quire.search.hosts", "quire.search.index-prefix", "quire.search.coordination");
    StringBuilder properties = new StringBuilder();
    names.forEach(name -> properties.append(name).append('=').append(environment.getProperty(name)).append('\n'));
    return Files.writeString(folder.resolve("cluster.properties"), properties);
  }

  private List<String> aliasedIndexes(String alias) throws IOException, InterruptedException {
    HttpResponse<String> response = get("/_alias/" + alias);
    return JsonMapper.builder().build().readTree(response.body()).propertyNames().stream().toList();
  }

  private int status(String path) throws IOException, InterruptedException {
    return get(path).statusCode();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    String host = environment.getProperty("quire.search.hosts").split(",")[0].strip();
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create(host + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
