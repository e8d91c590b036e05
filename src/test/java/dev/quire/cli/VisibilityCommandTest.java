package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quire visibility}: editors hide a work and publish it again, or show it to logged-in
 * readers only, from the command line.
 */
class VisibilityCommandTest {

  @Test
  void hidesAWorkAndPublishesItAgain(@TempDir Path data, @TempDir Path files) throws IOException {
    long id = importSeed(data, files);

    CommandRun hide = CommandRun.of("visibility", "--data", data.toString(), "hidden", String.valueOf(id));
    CommandRun again = CommandRun.of("visibility", "--data", data.toString(), "published", String.valueOf(id));

    assertThat(hide.exitCode()).isZero();
    assertThat(hide.stdout()).contains("work " + id + ": published -> hidden");
    assertThat(again.stdout()).contains("work " + id + ": hidden -> published");
  }

  @Test
  void restrictsAWorkToLoggedInReadersAndShowsItToEveryoneAgain(@TempDir Path data, @TempDir Path files)
      throws IOException {
    long id = importSeed(data, files);

    CommandRun restrict = CommandRun.of("visibility", "--data", data.toString(), "restricted", String.valueOf(id));
    CommandRun again = CommandRun.of("visibility", "--data", data.toString(), "unrestricted", String.valueOf(id));

    assertThat(restrict.exitCode()).isZero();
    assertThat(restrict.stdout()).contains("work " + id + ": unrestricted -> restricted");
    assertThat(again.stdout()).contains("work " + id + ": restricted -> unrestricted");
  }

  private long importSeed(Path data, Path files) throws IOException {
    Path seed = files.resolve("000.txt");
    try (InputStream in = getClass().getResourceAsStream("/seeds/000_6d3892887376a1a9.txt")) {
      Files.copy(in, seed);
    }
    return JsonMapper.builder().build()
        .readTree(CommandRun.of("import", "--data", data.toString(), "--json", seed.toString()).stdout())
        .get("files").get(0).get("workId").asLong();
  }

  @Test
  void anUnknownWorkOrVisibilityIsSaidPlainly(@TempDir Path data) {
    CommandRun unknown = CommandRun.of("visibility", "--data", data.toString(), "hidden", "424242");
    CommandRun sideways = CommandRun.of("visibility", "--data", data.toString(), "sideways", "1");

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.stderr()).contains("There is no work 424242").doesNotContain("Exception");
    assertThat(sideways.exitCode()).isEqualTo(2);
    assertThat(sideways.stderr()).contains("use published, draft or hidden");
  }
}
