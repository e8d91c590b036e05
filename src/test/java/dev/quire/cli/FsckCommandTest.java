package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire fsck} as a script calls it: one JSON object on stdout and an exit code that says it all. */
class FsckCommandTest {

  @Test
  void exitsZeroOnACleanIndexOneOnAStaleWorkAndZeroOnceRepaired(@TempDir Path data, @TempDir Path files)
      throws IOException, SQLException {
    BackupCases.importWorks(files, "--data", data.toString());

    CommandRun clean = CommandRun.of("fsck", "--data", data.toString(), "--json");
    changeATitleBehindQuiresBack(data);
    CommandRun stale = CommandRun.of("fsck", "--data", data.toString(), "--json");
    CommandRun told = CommandRun.of("fsck", "--data", data.toString());
    CommandRun repaired = CommandRun.of("fsck", "--data", data.toString(), "--repair", "--json");
    CommandRun after = CommandRun.of("fsck", "--data", data.toString(), "--json");

    assertThat(clean.exitCode()).as(clean.stderr()).isZero();
    assertThat(clean.stdout()).isEqualTo("{\"missing\":0,\"extra\":0,\"stale\":0}\n");
    assertThat(stale.exitCode()).isEqualTo(1);
    assertThat(stale.stdout()).isEqualTo("{\"missing\":0,\"extra\":0,\"stale\":1}\n");
    assertThat(told.stdout()).contains("Missing: 0, extra: 0, stale: 1", "changed since it was indexed",
        "quire fsck --repair");
    assertThat(repaired.exitCode()).as(repaired.stderr()).isZero();
    assertThat(repaired.stdout()).isEqualTo("{\"missing\":0,\"extra\":0,\"stale\":1}\n");
    assertThat(after.exitCode()).isZero();
    assertThat(after.stdout()).isEqualTo("{\"missing\":0,\"extra\":0,\"stale\":0}\n");
  }

  @Test
  void aFolderWithoutAnArchiveIsAnErrorNotADifference(@TempDir Path data) throws IOException {
    Files.writeString(data.resolve("quire.properties"), "quire.database.url=jdbc:h2:file:/nonexistent/dir/x;IFEXISTS=TRUE\n");

    CommandRun run = CommandRun.of("fsck", "--data", data.toString(), "--config", data.resolve("quire.properties").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).startsWith("quire: ").doesNotContain("\tat ");
  }

  private static void changeATitleBehindQuiresBack(Path data) throws SQLException {
    try (Connection connection = DriverManager.getConnection(
        "jdbc:h2:file:" + data.resolve("db/quire").toAbsolutePath() + ";IFEXISTS=TRUE", "quire", "")) {
      connection.createStatement().executeUpdate("update work set title = 'Changed by hand' where id = "
          + "(select min(id) from work)");
    }
  }
}
