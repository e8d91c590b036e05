package dev.quire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private static final Path DATA = temporaryDataFolder();

  @DynamicPropertySource
  static void dataFolder(DynamicPropertyRegistry registry) {
    registry.add("quire.data", DATA::toString);
  }

  private static Path temporaryDataFolder() {
    try {
      Path data = Files.createTempDirectory("quire-test-");
      data.toFile().deleteOnExit();
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
