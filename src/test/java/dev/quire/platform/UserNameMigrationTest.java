package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An archive made before creators had user names gets one for each creator when it migrates: the
 * name's letters and digits joined by underscores, unique, matching {@code \w+}. Runs on H2, and
 * on PostgreSQL too when {@code QUIRE_TEST_POSTGRES_URL} names a server (as
 * {@link PostgresMigrationTest} does).
 */
class UserNameMigrationTest {

  private static final String CREATORS = """
      insert into creator (id, name) values
        (1, 'Maggie'), (2, 'Maggie!'), (3, 'Zoë Hart'), (4, '北風'), (5, '南風'), (6, 'Zo Hart'), (7, 'a  b')""";

  @Test
  void everyEarlierCreatorGetsAUniqueWordUserName() throws SQLException {
    String url = "jdbc:h2:mem:user_names_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    Properties login = new Properties();
    login.setProperty("user", "sa");
    login.setProperty("password", "");

    assertThat(migrate(url, login, "h2", null)).containsExactly(
        Map.entry("Maggie", "Maggie"), Map.entry("Maggie!", "Maggie__2"), Map.entry("Zoë Hart", "Zo_Hart"),
        Map.entry("北風", "creator"), Map.entry("南風", "creator__5"), Map.entry("Zo Hart", "Zo_Hart__6"),
        Map.entry("a  b", "a_b"));
  }

  @Test
  void postgresGivesTheSameUserNames() throws SQLException {
    String url = System.getenv("QUIRE_TEST_POSTGRES_URL");
    assumeTrue(url != null && !url.isBlank(),
        "QUIRE_TEST_POSTGRES_URL is not set: no PostgreSQL server to migrate");
    Properties login = new Properties();
    login.setProperty("user", System.getenv().getOrDefault("QUIRE_TEST_POSTGRES_USER", ""));
    login.setProperty("password", System.getenv().getOrDefault("QUIRE_TEST_POSTGRES_PASSWORD", ""));
    String schema = "quire_user_names_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      assertThat(migrate(url, login, "postgresql", schema)).containsEntry("Maggie!", "Maggie__2")
          .containsEntry("Zoë Hart", "Zo_Hart").containsEntry("南風", "creator__5").containsEntry("a  b", "a_b");
    } finally {
      try (Connection connection = DriverManager.getConnection(url, login);
          Statement statement = connection.createStatement()) {
        statement.execute("drop schema if exists \"" + schema + "\" cascade");
      }
    }
  }

  /**
   * Migrates to V5, adds creators as V5 kept them, migrates to V6 and reads their user names (V10
   * moved user names to accounts; creators are then pseuds of the unclaimed account).
   */
  private static Map<String, String> migrate(String url, Properties login, String vendor, String schema)
      throws SQLException {
    var config = Flyway.configure()
        .dataSource(url, login.getProperty("user"), login.getProperty("password"))
        .locations("classpath:db/migration/" + vendor);
    if (schema != null) {
      config.schemas(schema);
    }
    config.target("5").load().migrate();
    try (Connection connection = DriverManager.getConnection(url, login);
        Statement statement = connection.createStatement()) {
      if (schema != null) {
        statement.execute("set search_path to \"" + schema + "\"");
      }
      statement.execute(CREATORS);
    }
    config.target("6").load().migrate();
    Map<String, String> userNames = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection(url, login);
        Statement statement = connection.createStatement()) {
      if (schema != null) {
        statement.execute("set search_path to \"" + schema + "\"");
      }
      try (ResultSet rows = statement.executeQuery("select name, user_name from creator order by id")) {
        while (rows.next()) {
          userNames.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return userNames;
  }
}
