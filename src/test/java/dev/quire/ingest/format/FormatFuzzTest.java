package dev.quire.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bounded random-mutation fuzzing of every format: mutated copies of real and synthetic files must
 * either read to a story or fail with {@link UnreadableFileException} — never another exception,
 * never a hang. The seed is fixed, so a failure is reproducible; an input that once broke a format
 * is kept in {@code src/test/resources/fuzz-regressions} and replayed on every build.
 *
 * <p>The budget is {@code quire.fuzz.iterations} mutations (default 1,500, a few seconds); run
 * {@code ./mvnw verify -Pfuzz} for a long budget.
 */
class FormatFuzzTest {

  private static final long SEED = 0x5155495245L;
  private static final int ITERATIONS = Integer.getInteger("quire.fuzz.iterations", 1_500);

  @Test
  void mutatedFilesEitherReadOrFailWithAReason() throws IOException {
    List<Input> inputs = seedInputs();
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < ITERATIONS; i++) {
      Input input = inputs.get(random.nextInt(inputs.size()));
      byte[] mutated = Mutations.mutate(input.bytes(), random);
      readOrFailClearly(input.name(), mutated, "iteration " + i + " of seed " + SEED);
    }
  }

  @Test
  void inputsThatOnceBrokeAFormatStayFixed() throws IOException {
    Path folder = Path.of("src/test/resources/fuzz-regressions");
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
        String name = file.getFileName().toString();
        // Regression files are stored as <original file name>.<n>.bin so the name still steers detection.
        String asImported = name.replaceFirst("\\.\\d+\\.bin$", "");
        readOrFailClearly(asImported, Files.readAllBytes(file), "regression " + name);
      }
    }
  }

  private static void readOrFailClearly(String fileName, byte[] bytes, String context) {
    try {
      Optional<StoryFormat> format = StoryFormats.detect(bytes, fileName);
      if (format.isPresent()) {
        StoryDocument story = format.get().read(bytes, fileName);
        assertThat(story.chapters()).isNotEmpty();
      }
    } catch (UnreadableFileException e) {
      assertThat(e.getMessage()).as("a failure names its reason").isNotBlank();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      fail(fileName + " (" + context + ") threw " + e + "; keep the input as a regression fixture", e);
    }
  }

  private record Input(String name, byte[] bytes) {}

  private static List<Input> seedInputs() throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String seed : List.of("000_6d3892887376a1a9.txt", "001_b7773ee8eb1fcad9.txt")) {
      try (InputStream in = FormatFuzzTest.class.getResourceAsStream("/seeds/" + seed)) {
        inputs.add(new Input(seed, in.readAllBytes()));
      }
    }
    Path formats = Path.of("src/test/resources/formats");
    if (Files.isDirectory(formats)) {
      addFiles(formats, inputs, 50);
    }
    Path corpus = Path.of(System.getProperty("quire.shared", "../shared"), "corpus");
    if (Files.isDirectory(corpus)) {
      addFiles(corpus, inputs, 60);
    }
    return inputs;
  }

  private static void addFiles(Path folder, List<Input> inputs, int most) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile)
          .filter(f -> sizeOf(f) < 1_000_000)
          .sorted()
          .limit(most)
          .forEach(f -> inputs.add(new Input(f.getFileName().toString(), read(f))));
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
