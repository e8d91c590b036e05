package dev.quire.ingest.format;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real files under {@code ../shared/corpus}, which may not be copied into the repository:
 * tests read them in place and are skipped when the folder is not there.
 */
final class SharedCorpus {

  private SharedCorpus() {}

  /** The files of {@code corpus/<folder>}, sorted; skips the calling test when it is absent. */
  static List<Path> files(String folder) {
    Path path = Path.of(System.getProperty("quire.shared", "../shared"), "corpus", folder);
    assumeTrue(Files.isDirectory(path), "the shared corpus folder " + path + " is not here");
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file {@code corpus/<folder>/<name>}; skips the calling test when it is absent. */
  static Path file(String folder, String name) {
    Path path = Path.of(System.getProperty("quire.shared", "../shared"), "corpus", folder, name);
    assumeTrue(Files.isRegularFile(path), "the shared corpus file " + path + " is not here");
    return path;
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
