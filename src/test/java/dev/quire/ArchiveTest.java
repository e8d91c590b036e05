package dev.quire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the whole archive: the real H2 file database and Lucene index in a
 * temporary data folder, shared by every such test class of one run (Spring caches the context).
 * Tests must not assume the archive is empty: each makes its own works with its own words. The
 * archive also listens on a random local port, so browser tests read it as a visitor would.
 *
 * <p>Every such test is tagged {@value #WHOLE_ARCHIVE}, and the build runs them a second time on
 * the cluster's PostgreSQL and OpenSearch when it is given (see {@link #deployment}), so that
 * each feature is proven on both deployments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Tag(ArchiveTest.WHOLE_ARCHIVE)
public abstract class ArchiveTest {

  /** The tag of tests that run once per deployment. */
  public static final String WHOLE_ARCHIVE = "whole-archive";

  private static final String PREFIX = "quire-test-";
  private static boolean earlierRunsRemoved;
  private static final Path DATA = newDataFolder();

  @DynamicPropertySource
  static void dataFolder(DynamicPropertyRegistry registry) {
    deployment(registry, DATA);
  }

  /**
   * Opens a test's archive in {@code data}, on the deployment the run asks for: embedded (H2 and
   * Lucene in {@code data}) unless the system property {@code quire.test.deployment} is {@code
   * cluster}, when its database and index are a schema and index prefix of their own on the
   * cluster's servers ({@link ClusterServers}). There each write is indexed before its transaction
   * returns, as on the embedded index, so that a test may search right after it writes. Hits and
   * changed counts wait for the test to store and index them.
   *
   * @throws IllegalStateException when the cluster is asked for but its servers were not given
   */
  public static void deployment(DynamicPropertyRegistry registry, Path data) {
    registry.add("quire.data", data::toString);
    // Hits and counts reach the database and the index when a test says (HitLedger.flush,
    // StatsIndexing.indexChangedCounts), not whenever the schedule happens to run between its steps.
    registry.add("quire.stats.hits-flush", () -> "PT1H");
    registry.add("quire.stats.index-interval", () -> "PT1H");
    // Works a wrangling change moves are re-filed when a test says (TagRefiling.refileWaiting).
    registry.add("quire.wrangling.refile-interval", () -> "PT1H");
    if (onCluster()) {
      if (!ClusterServers.available()) {
        throw new IllegalStateException("quire.test.deployment=cluster needs QUIRE_TEST_DATABASE_URL and QUIRE_TEST_SEARCH_HOSTS");
      }
      ClusterServers.register(registry, false);
    }
  }

  /** Whether this run's archives are on the cluster's servers ({@code quire.test.deployment=cluster}). */
  public static boolean onCluster() {
    return "cluster".equals(System.getProperty("quire.test.deployment"));
  }

  /**
   * A new data folder for an archive of its own. Folders go below {@code quire.test.archives} (the
   * build sets {@code target/test-archives}), and those of earlier runs are removed when the first
   * is made: an archive is still open when the JVM exits, so it cannot remove its own. Without that
   * property, folders go to the system's temporary folder.
   */
  public static synchronized Path newDataFolder() {
    try {
      String archives = System.getProperty("quire.test.archives");
      if (archives == null) {
        return Files.createTempDirectory(PREFIX);
      }
      Path root = Files.createDirectories(Path.of(archives));
      if (!earlierRunsRemoved) {
        try (Stream<Path> earlier = Files.list(root)) {
          earlier.filter(folder -> folder.getFileName().toString().startsWith(PREFIX)).forEach(ArchiveTest::delete);
        }
        earlierRunsRemoved = true;
      }
      return Files.createTempDirectory(root, PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
