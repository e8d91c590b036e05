package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.quire.work.WorkRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code quire import} as a script calls it: one JSON object on stdout and a meaningful exit code. */
class ImportCommandTest {

  @Test
  void printsOneJsonReportAndExitsOneWhenAFileFailed(@TempDir Path data, @TempDir Path files) throws IOException {
    Path seed = files.resolve("001_b7773ee8eb1fcad9.txt");
    try (InputStream in = getClass().getResourceAsStream("/seeds/001_b7773ee8eb1fcad9.txt")) {
      Files.copy(in, seed);
    }
    Path empty = Files.write(files.resolve("empty.txt"), new byte[0]);

    CommandRun first = CommandRun.of("import", "--data", data.toString(), "--json", seed.toString(), empty.toString());
    CommandRun again = CommandRun.of("import", "--data", data.toString(), "--json", seed.toString());

    JsonNode report = JsonMapper.builder().build().readTree(first.stdout());
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(report.get("imported").asInt()).isEqualTo(1);
    assertThat(report.get("duplicates").asInt()).isZero();
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    JsonNode imported = report.get("files").get(0);
    assertThat(imported.get("path").asString()).isEqualTo(seed.getFileName().toString());
    assertThat(imported.get("status").asString()).isEqualTo("imported");
    assertThat(imported.get("workId").asLong()).isPositive();
    assertThat(imported.get("flags").get(0).asString()).isEqualTo("title guessed");
    JsonNode failed = report.get("files").get(1);
    assertThat(failed.get("status").asString()).isEqualTo("failed");
    assertThat(failed.get("reason").asString()).contains("empty");

    JsonNode second = JsonMapper.builder().build().readTree(again.stdout());
    assertThat(again.exitCode()).isZero();
    assertThat(second.get("duplicates").asInt()).isEqualTo(1);
    assertThat(second.get("files").get(0).get("workId").asLong()).isEqualTo(imported.get("workId").asLong());
  }

  @Test
  void reportsALaterVersionOfAWorkAsUpdatedWithThatWorksId(@TempDir Path data, @TempDir Path files) throws IOException {
    String download;
    try (InputStream in = getClass().getResourceAsStream("/formats/ao3-download.html")) {
      download = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Path first = Files.writeString(files.resolve("work.html"), download);
    Path later = Files.writeString(files.resolve("work-later.html"),
        download.replace("Updated: 2022-05-06", "Updated: 2023-01-10"));

    JsonNode imported = JsonMapper.builder().build().readTree(
        CommandRun.of("import", "--data", data.toString(), "--json", first.toString()).stdout());
    CommandRun run = CommandRun.of("import", "--data", data.toString(), "--json", later.toString());

    JsonNode report = JsonMapper.builder().build().readTree(run.stdout());
    assertThat(run.exitCode()).isZero();
    assertThat(report.get("imported").asInt()).isZero();
    assertThat(report.get("updated").asInt()).isEqualTo(1);
    JsonNode updated = report.get("files").get(0);
    assertThat(updated.get("status").asString()).isEqualTo("updated");
    assertThat(updated.get("workId").asLong()).isEqualTo(imported.get("files").get(0).get("workId").asLong());
  }

  @Test
  void worksImportedForAnArchivistAreTheirsAndNoOtherAccountMayBeNamed(@TempDir Path data, @TempDir Path files)
      throws IOException {
    Path seed = files.resolve("001_b7773ee8eb1fcad9.txt");
    try (InputStream in = getClass().getResourceAsStream("/seeds/001_b7773ee8eb1fcad9.txt")) {
      Files.copy(in, seed);
    }
    CommandRun.of("user", "add", "--data", data.toString(), "ash", "--email", "ash@example.org", "--role", "archivist");
    CommandRun.of("user", "add", "--data", data.toString(), "bea", "--email", "bea@example.org");

    CommandRun unknown = CommandRun.of("import", "--data", data.toString(), "--archivist", "nobody", seed.toString());
    CommandRun notArchivist = CommandRun.of("import", "--data", data.toString(), "--archivist", "bea", seed.toString());
    CommandRun archivist = CommandRun.of("import", "--data", data.toString(), "--json", "--archivist", "ASH",
        seed.toString());

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.stderr()).contains("there is no account nobody; nothing was imported").doesNotContain("Exception");
    assertThat(notArchivist.exitCode()).isEqualTo(2);
    assertThat(notArchivist.stderr()).contains("bea is not an archivist").contains("nothing was imported");
    assertThat(archivist.exitCode()).as(archivist.stderr()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(archivist.stdout());
    assertThat(report.get("imported").asInt()).as("the refused runs imported nothing").isEqualTo(1);
    long workId = report.get("files").get(0).get("workId").asLong();
    try (var context = Archive.open(data, null)) {
      String owner = context.getBean(TransactionTemplate.class).execute(t ->
          context.getBean(WorkRepository.class).findById(workId).orElseThrow().getOwner().getUserName());
      assertThat(owner).isEqualTo("ash");
    }
  }

  @Test
  void aMissingArgumentIsAUsageErrorNotAStackTrace() {
    CommandRun run = CommandRun.of("import");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("Missing required parameter").doesNotContain("Exception");
  }
}
