package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.quire.ArchiveTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The connection pool retires each connection after a while (22 to 30 minutes by default) and opens
 * a new one. A new archive must keep taking works after that turnover, including after the
 * connection that created its schema is gone: H2 2.4.240 kept that connection inside the check
 * constraints it compiled, so once it was retired every insert failed with "The database has been
 * closed", which stopped a long first import about 25 minutes in.
 */
@SpringBootTest
class ConnectionTurnoverTest {

  private static final Path NEW_ARCHIVE = ArchiveTest.newDataFolder();

  /** An archive of its own, created by this test's start as {@code quire import} creates one. */
  @DynamicPropertySource
  static void newArchive(DynamicPropertyRegistry registry) {
    registry.add("quire.data", NEW_ARCHIVE::toString);
  }

  @Autowired Importer importer;
  @Autowired DataSource dataSource;

  @Test
  void worksAreStoredAfterThePoolHasReplacedEveryConnection(@TempDir Path folder) throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    List<Long> fromTheStart = sessions(jdbc);
    // Another connection stays open, as in a running archive, so the database itself stays open.
    try (Connection other = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
      pool.getHikariPoolMXBean().softEvictConnections();
      await().atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(sessions(jdbc)).doesNotContainAnyElementsOf(fromTheStart));

      Files.writeString(folder.resolve("after-turnover.txt"),
          "Title: After The Turnover\n\nThe lamplighter came at dusk, as he always had.\n");
      ImportReport report = importer.importPaths(List.of(folder), false, outcome -> {});

      FileOutcome stored = report.files().get(0);
      assertThat(stored.reason()).isNull();
      assertThat(jdbc.queryForObject("select title from work where id = ?", String.class, stored.workId()))
          .isEqualTo("After The Turnover");
    }
  }

  private static List<Long> sessions(JdbcTemplate jdbc) {
    return jdbc.queryForList("select session_id from information_schema.sessions", Long.class);
  }
}
