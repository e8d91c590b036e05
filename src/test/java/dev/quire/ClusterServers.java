package dev.quire;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL database and OpenSearch cluster that {@code cluster/start} runs, as {@code .ci/run}
 * hands them to the tests: {@code QUIRE_TEST_DATABASE_URL}, {@code _USER}, {@code _PASSWORD} and
 * {@code QUIRE_TEST_SEARCH_HOSTS}. Each archive a test opens on them gets a schema and an index
 * prefix of its own, so archives never see each other's works.
 */
public final class ClusterServers {

  private ClusterServers() {}

  /** Whether the cluster's servers were given; tests that need them skip otherwise (CI gives them). */
  public static boolean available() {
    return !env("QUIRE_TEST_SEARCH_HOSTS").isEmpty() && !env("QUIRE_TEST_DATABASE_URL").isEmpty();
  }

  /**
   * Skips the calling test when the cluster's servers were not given, and fails it when they should
   * have been: on CI ({@code CI=true}), which always gives them, a cluster test never skips.
   */
  public static void assumeAvailable() {
    if (!available()) {
      ExternalTool.missing("no cluster given (QUIRE_TEST_DATABASE_URL, QUIRE_TEST_SEARCH_HOSTS)");
    }
  }

  /**
   * A test context's archive: a data folder of its own and, when the cluster is given, a schema and
   * index prefix of their own on it (a test class calls {@link #assumeAvailable} first, so without
   * the cluster it never starts).
   *
   * @return the name of the archive's schema and index prefix; {@code null} without the cluster
   */
  public static String registerArchive(DynamicPropertyRegistry registry, boolean outbox) {
    registry.add("quire.data", ArchiveTest.newDataFolder()::toString);
    return available() ? register(registry, outbox) : null;
  }

  /**
   * The settings that point an archive started outside a test context at the cluster, in the
   * schema and index prefix {@code name}, as {@link #register(DynamicPropertyRegistry, String,
   * boolean)} sets them.
   */
  public static Map<String, Object> properties(String name, boolean outbox) {
    Map<String, Object> properties = new HashMap<>();
    register((key, value) -> properties.put(key, value.get()), name, outbox);
    return properties;
  }

  /** A new name for an archive's schema and index prefix. */
  public static String newName() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  /**
   * Points the archive of a test context at the cluster, in a new schema and index prefix.
   *
   * @param outbox whether app nodes index through the database's outbox, as a real cluster does
   *     (changes are searchable a moment after their commit); without it each write is indexed
   *     before its transaction returns, as on the embedded index, which tests written for that rely on
   * @return the name of the archive's schema and index prefix
   */
  public static String register(DynamicPropertyRegistry registry, boolean outbox) {
    String name = newName();
    register(registry, name, outbox);
    return name;
  }

  /** Points the archive of a test context at the cluster, in the schema and index prefix {@code name}. */
  public static void register(DynamicPropertyRegistry registry, String name, boolean outbox) {
    String url = env("QUIRE_TEST_DATABASE_URL");
    registry.add("spring.datasource.url", () -> withSchema(url, name));
    registry.add("spring.datasource.username", () -> env("QUIRE_TEST_DATABASE_USER"));
    registry.add("spring.datasource.password", () -> env("QUIRE_TEST_DATABASE_PASSWORD"));
    registry.add("spring.flyway.schemas", () -> name);
    registry.add("spring.flyway.create-schemas", () -> "true");
    registry.add("quire.search.hosts", () -> env("QUIRE_TEST_SEARCH_HOSTS"));
    registry.add("quire.search.index-prefix", () -> name + "-");
    registry.add("quire.search.coordination", () -> outbox ? "outbox-polling" : "none");
  }

  /** The JDBC address {@code url} with the schema {@code name} as its current one. */
  public static String withSchema(String url, String name) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null ? "" : value.strip();
  }
}
