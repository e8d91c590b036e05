package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ClusterServers;
import dev.quire.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quire backup} and {@code quire restore} of an archive on PostgreSQL (with OpenSearch when
 * the cluster is given): {@code pg_dump}, the schema dropped, {@code pg_restore}, and the same
 * works served with byte-exact originals. Needs {@code QUIRE_TEST_DATABASE_URL} (the cluster's) or
 * {@code QUIRE_TEST_POSTGRES_URL}.
 */
class PostgresBackupTest {

  private final String schema = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

  @Test
  void aRestoredArchiveServesTheSameWorksAndByteExactOriginals(@TempDir Path folder) throws Exception {
    Path config = config(folder);
    Path data = Files.createDirectories(folder.resolve("data"));
    String marker = BackupCases.importWorks(Files.createDirectories(folder.resolve("files")),
        "--data", data.toString(), "--config", config.toString());
    Map<Long, String> before = BackupCases.served(data, config);
    Path backup = folder.resolve("backup");

    CommandRun backedUp = CommandRun.of("backup", "--data", data.toString(), "--config", config.toString(),
        backup.toString());
    dropSchema();
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    CommandRun restored = CommandRun.of("restore", "--data", elsewhere.toString(), "--config", config.toString(),
        backup.toString());

    assertThat(backedUp.exitCode()).as(backedUp.stderr()).isZero();
    assertThat(JsonMapper.builder().build().readTree(Files.readString(backup.resolve("manifest.json")))
        .get("database").asString()).isEqualTo("postgresql");
    assertThat(restored.exitCode()).as(restored.stderr()).isZero();
    assertThat(restored.stdout()).contains("Restored 5 works");
    assertThat(BackupCases.served(elsewhere, config)).hasSize(5).isEqualTo(before);
    assertThat(BackupCases.searched(elsewhere, config, marker)).isEqualTo("3 found, index clean");
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (!url().isEmpty()) {
      try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
        connection.createStatement().execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  private Path config(Path folder) throws IOException {
    if (url().isEmpty()) {
      ExternalTool.missing("no PostgreSQL (QUIRE_TEST_DATABASE_URL or QUIRE_TEST_POSTGRES_URL)");
    }
    StringBuilder properties = new StringBuilder()
        .append("quire.database.url=").append(url()).append(url().contains("?") ? "&" : "?")
        .append("currentSchema=").append(schema).append('\n')
        .append("quire.database.user=").append(user()).append('\n')
        .append("quire.database.password=").append(password()).append('\n')
        .append("spring.flyway.schemas=").append(schema).append('\n');
    if (ClusterServers.available()) {
      properties.append("quire.search.hosts=").append(env("QUIRE_TEST_SEARCH_HOSTS")).append('\n')
          .append("quire.search.index-prefix=").append(schema).append("-\n")
          .append("quire.search.coordination=none\n");
    }
    return Files.writeString(folder.resolve("archive.properties"), properties);
  }

  private static String url() {
    return !env("QUIRE_TEST_DATABASE_URL").isEmpty() ? env("QUIRE_TEST_DATABASE_URL") : env("QUIRE_TEST_POSTGRES_URL");
  }

  private static String user() {
    return !env("QUIRE_TEST_DATABASE_URL").isEmpty() ? env("QUIRE_TEST_DATABASE_USER") : env("QUIRE_TEST_POSTGRES_USER");
  }

  private static String password() {
    return !env("QUIRE_TEST_DATABASE_URL").isEmpty() ? env("QUIRE_TEST_DATABASE_PASSWORD")
        : env("QUIRE_TEST_POSTGRES_PASSWORD");
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value.strip();
  }
}
