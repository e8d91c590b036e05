package dev.quire.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Settings for tests of one class without the archive: an in-memory database of their own with
 * the settings' table, and the configuration given.
 */
public final class TestSettings {

  private TestSettings() {}

  /**
   * The settings an archive configured with {@code properties} starts with.
   *
   * @throws IllegalArgumentException as the archive's start fails, when a configured value is not valid
   */
  public static ArchiveSettings configured(Map<String, String> properties) {
    return node(database(), Clock.systemUTC(), properties);
  }

  /** A new in-memory database with the settings' table, for one test. */
  static JdbcTemplate database() {
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
        "jdbc:h2:mem:settings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    try (InputStream in = TestSettings.class.getResourceAsStream("/db/migration/h2/V20__archive_settings.sql")) {
      jdbc.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jdbc;
  }

  /** The settings one node of an archive on {@code database} reads, with its own clock. */
  static ArchiveSettings node(JdbcTemplate database, Clock clock, Map<String, String> properties) {
    MockEnvironment environment = new MockEnvironment();
    properties.forEach(environment::setProperty);
    return new ArchiveSettings(database, clock, environment);
  }
}
