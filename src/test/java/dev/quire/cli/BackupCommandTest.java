package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code quire backup} and {@code quire restore} of an embedded archive, as an operator runs them. */
class BackupCommandTest {

  @Test
  void aRestoredArchiveServesTheSameWorksAndByteExactOriginals(
      @TempDir Path data, @TempDir Path files, @TempDir Path backups, @TempDir Path elsewhere) throws IOException {
    String marker = BackupCases.importWorks(files, "--data", data.toString());
    Map<Long, String> before = BackupCases.served(data, null);
    Path backup = backups.resolve("nightly");

    CommandRun backedUp = CommandRun.of("backup", "--data", data.toString(), backup.toString());
    CommandRun restored = CommandRun.of("restore", "--data", elsewhere.toString(), backup.toString());

    assertThat(backedUp.exitCode()).as(backedUp.stderr()).isZero();
    assertThat(backedUp.stdout()).contains("Backed up 5 works");
    JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(backup.resolve("manifest.json")));
    assertThat(manifest.get("works").asLong()).isEqualTo(5);
    assertThat(manifest.get("database").asString()).isEqualTo("h2");
    assertThat(manifest.get("files").get("database.zip").asString())
        .isEqualTo(BackupCases.sha256(Files.readAllBytes(backup.resolve("database.zip"))));
    assertThat(restored.exitCode()).as(restored.stderr()).isZero();
    assertThat(restored.stdout()).contains("Restored 5 works");
    assertThat(before).hasSize(5);
    assertThat(BackupCases.served(elsewhere, null)).isEqualTo(before);
    assertThat(BackupCases.searched(elsewhere, null, marker)).isEqualTo("3 found, index clean");
  }

  @Test
  void restoreRefusesToReplaceAnArchiveWithWorksUnlessForced(@TempDir Path data, @TempDir Path files,
      @TempDir Path backups, @TempDir Path other, @TempDir Path otherFiles) throws IOException {
    BackupCases.importWorks(files, "--data", data.toString());
    Map<Long, String> before = BackupCases.served(data, null);
    Path backup = backups.resolve("b");
    CommandRun.of("backup", "--data", data.toString(), backup.toString());
    BackupCases.importWorks(otherFiles, "--data", other.toString());
    CommandRun.of("import", "--data", other.toString(), otherFiles.resolve("synthetic-1.txt").toString());

    CommandRun refused = CommandRun.of("restore", "--data", other.toString(), backup.toString());
    CommandRun forced = CommandRun.of("restore", "--data", other.toString(), "--force", backup.toString());

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.stderr()).contains("already holds 5 works", "--force").doesNotContain("Exception");
    assertThat(forced.exitCode()).as(forced.stderr()).isZero();
    assertThat(BackupCases.served(other, null)).isEqualTo(before);
  }

  @Test
  void restoreNeverReplacesTheDatabaseOfARunningServer(@TempDir Path data, @TempDir Path files, @TempDir Path backups)
      throws Exception {
    BackupCases.importWorks(files, "--data", data.toString());
    Map<Long, String> before = BackupCases.served(data, null);
    Path backup = backups.resolve("b");
    CommandRun.of("backup", "--data", data.toString(), backup.toString());

    CommandRun run;
    try (QuireProcess server = QuireProcess.start(data, "serve", "--data", data.toString(), "--port", freePort())) {
      server.readUntil(line -> line.startsWith("Quire is serving"));
      run = CommandRun.of("restore", "--data", data.toString(), "--force", backup.toString());
    }

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("in use by another running Quire");
    assertThat(BackupCases.served(data, null)).isEqualTo(before);
  }

  private static String freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return String.valueOf(socket.getLocalPort());
    }
  }

  @Test
  void aDamagedBackupIsRefusedBeforeAnythingChanges(@TempDir Path data, @TempDir Path files, @TempDir Path backups,
      @TempDir Path elsewhere) throws IOException {
    BackupCases.importWorks(files, "--data", data.toString());
    Path backup = backups.resolve("b");
    CommandRun.of("backup", "--data", data.toString(), backup.toString());
    byte[] zip = Files.readAllBytes(backup.resolve("database.zip"));
    zip[zip.length / 2] ^= 1;
    Files.write(backup.resolve("database.zip"), zip);

    CommandRun run = CommandRun.of("restore", "--data", elsewhere.toString(), backup.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("database.zip does not match its checksum");
    assertThat(elsewhere.resolve("db")).doesNotExist();
  }

  @Test
  void backupRefusesAFolderWithoutAnArchiveAndABackupFolderThatIsNotEmpty(@TempDir Path empty, @TempDir Path backups)
      throws IOException {
    CommandRun nothing = CommandRun.of("backup", "--data", empty.toString(), backups.resolve("b").toString());
    Files.writeString(backups.resolve("note.txt"), "not a backup");
    CommandRun notEmpty = CommandRun.of("backup", "--data", empty.toString(), backups.toString());

    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.stderr()).contains("there is no archive at");
    assertThat(backups.resolve("b")).doesNotExist();
    assertThat(notEmpty.exitCode()).isEqualTo(2);
    assertThat(notEmpty.stderr()).contains("is not empty");
  }
}
