package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two migration folders in step: the PostgreSQL migrations must apply cleanly and
 * produce the same tables and columns (with the same nullability) as the H2 migrations, and the
 * two folders must hold the same migration versions.
 *
 * <p>Runs only against a real PostgreSQL server, given by {@code QUIRE_TEST_POSTGRES_URL}
 * (with {@code QUIRE_TEST_POSTGRES_USER} and {@code QUIRE_TEST_POSTGRES_PASSWORD}); without it
 * the tests are skipped. Each run migrates into a schema of its own and drops it afterwards.
 */
class PostgresMigrationTest {

    private static final String H2_LOCATION = "classpath:db/migration/h2";
    private static final String POSTGRES_LOCATION = "classpath:db/migration/postgresql";
    private static final String HISTORY_TABLE = "flyway_schema_history";

    private static String postgresUrl;
    private static Properties postgresLogin;
    private static String postgresSchema;
    private static String h2Url;

    private static MigrateResult postgresResult;
    private static MigrateResult h2Result;
    private static List<String> postgresVersions;
    private static List<String> h2Versions;
    private static Map<String, Map<String, Boolean>> postgresColumns;
    private static Map<String, Map<String, Boolean>> h2Columns;

    @BeforeAll
    static void migrateBothDatabases() throws SQLException {
        postgresUrl = System.getenv("QUIRE_TEST_POSTGRES_URL");
        if (!postgresAvailable()) {
            return;
        }

        postgresLogin = new Properties();
        putIfSet(postgresLogin, "user", System.getenv("QUIRE_TEST_POSTGRES_USER"));
        putIfSet(postgresLogin, "password", System.getenv("QUIRE_TEST_POSTGRES_PASSWORD"));
        String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgresSchema = "quire_migration_test_" + runId;
        h2Url = "jdbc:h2:mem:quire_migration_test_" + runId + ";DB_CLOSE_DELAY=-1";

        Flyway postgres = Flyway.configure()
                .dataSource(postgresUrl, postgresLogin.getProperty("user"), postgresLogin.getProperty("password"))
                .schemas(postgresSchema)
                .locations(POSTGRES_LOCATION)
                .load();
        postgresResult = postgres.migrate();
        postgresVersions = versions(postgres);

        Flyway h2 = Flyway.configure()
                .dataSource(h2Url, "sa", "")
                .locations(H2_LOCATION)
                .load();
        h2Result = h2.migrate();
        h2Versions = versions(h2);

        try (Connection connection = DriverManager.getConnection(postgresUrl, postgresLogin)) {
            postgresColumns = columnsByTable(connection, postgresSchema);
        }
        try (Connection connection = DriverManager.getConnection(h2Url, "sa", "")) {
            h2Columns = columnsByTable(connection, "PUBLIC");
        }
    }

    @BeforeEach
    void requirePostgres() {
        assumeTrue(postgresAvailable(), "QUIRE_TEST_POSTGRES_URL is not set: no PostgreSQL server to migrate");
    }

    @AfterAll
    static void dropTheTestSchemas() throws SQLException {
        if (postgresSchema == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(postgresUrl, postgresLogin);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists \"" + postgresSchema + "\" cascade");
        }
        try (Connection connection = DriverManager.getConnection(h2Url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }

    @Test
    void postgresMigrationsApplyCleanlyToAnEmptySchema() {
        assertThat(postgresResult.success).as("PostgreSQL migration succeeded").isTrue();
        assertThat(h2Result.success).as("H2 migration succeeded").isTrue();
        assertThat(postgresResult.migrationsExecuted).as("PostgreSQL migrations executed").isPositive();
        assertThat(postgresColumns).as("tables created in PostgreSQL").isNotEmpty();
    }

    @Test
    void postgresAndH2HaveTheSameMigrationVersions() {
        assertThat(h2Versions).as("H2 migration versions").isNotEmpty();
        assertThat(postgresVersions)
                .as("versions in %s compared with %s", POSTGRES_LOCATION, H2_LOCATION)
                .containsExactlyElementsOf(h2Versions);
    }

    @Test
    void postgresMigrationsCreateTheSameTablesAndColumnsAsH2() {
        assertThat(postgresColumns.keySet())
                .as("tables created by %s compared with %s", POSTGRES_LOCATION, H2_LOCATION)
                .containsExactlyElementsOf(h2Columns.keySet());
        h2Columns.forEach((table, columns) ->
                assertThat(postgresColumns.get(table).keySet())
                        .as("columns of table %s in PostgreSQL compared with H2", table)
                        .containsExactlyElementsOf(columns.keySet()));
    }

    @Test
    void columnsAreNullableInPostgresExactlyWhereTheyAreInH2() {
        h2Columns.forEach((table, columns) -> {
            Map<String, Boolean> postgres = postgresColumns.getOrDefault(table, Map.of());
            columns.forEach((column, nullable) -> {
                if (postgres.containsKey(column)) {
                    assertThat(postgres.get(column))
                            .as("%s.%s is nullable in PostgreSQL as in H2", table, column)
                            .isEqualTo(nullable);
                }
            });
        });
    }

    private static boolean postgresAvailable() {
        return postgresUrl != null && !postgresUrl.isBlank();
    }

    private static void putIfSet(Properties properties, String key, String value) {
        if (value != null && !value.isEmpty()) {
            properties.setProperty(key, value);
        }
    }

    private static List<String> versions(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .map(Object::toString)
                .toList();
    }

    /** Table name to (column name to nullable), all names lower-cased and sorted; Flyway's own table left out. */
    private static Map<String, Map<String, Boolean>> columnsByTable(Connection connection, String schema)
            throws SQLException {
        Map<String, Map<String, Boolean>> tables = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select table_name, column_name, is_nullable
                from information_schema.columns
                where table_schema = ?
                """)) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1).toLowerCase(Locale.ROOT);
                    if (table.equals(HISTORY_TABLE)) {
                        continue;
                    }
                    tables.computeIfAbsent(table, name -> new TreeMap<>())
                            .put(rows.getString(2).toLowerCase(Locale.ROOT), "YES".equalsIgnoreCase(rows.getString(3)));
                }
            }
        }
        return tables;
    }
}
