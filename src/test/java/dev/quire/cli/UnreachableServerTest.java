package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive whose database does not answer when it starts says so in one line (which server,
 * where, why, what to do) and exits 1, with no stack trace before it.
 */
class UnreachableServerTest {

  @Test
  void serveNamesTheDatabaseItCannotReachAndExits1WithoutAStackTrace(@TempDir Path folder) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Path config = folder.resolve("quire.properties");
    Files.writeString(config, "quire.database.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/quire?password=secret\n");
    Path data = Files.createDirectories(folder.resolve("data"));

    try (QuireProcess quire = QuireProcess.start(data, "serve", "--data", data.toString(), "--config", config.toString(),
        "--port", "0")) {
      QuireProcess.Ended ended = quire.awaitEnd(Duration.ofMinutes(2));

      assertThat(ended.exitCode()).isEqualTo(1);
      assertThat(quire.log().strip()).isEqualTo("Quire cannot reach the PostgreSQL database at jdbc:postgresql://127.0.0.1:"
          + closedPort + "/quire (connection refused): start it, or unset QUIRE_DATABASE_URL");
      assertThat(ended.stdout()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Application run failed"));
      assertThat(String.join("\n", ended.stdout())).doesNotContain("secret");
    }
  }
}
