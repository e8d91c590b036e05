package dev.quire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the whole archive: the real H2 file database and Lucene index in a
 * temporary data folder, shared by every such test class of one run (Spring caches the context).
 * Tests must not assume the archive is empty: each makes its own works with its own words. The
 * archive also listens on a random local port, so browser tests read it as a visitor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ArchiveTest {

  private static final String PREFIX = "quire-test-";
  private static boolean earlierRunsRemoved;
  private static final Path DATA = newDataFolder();

  @DynamicPropertySource
  static void dataFolder(DynamicPropertyRegistry registry) {
    registry.add("quire.data", DATA::toString);
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
