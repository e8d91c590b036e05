package dev.quire.search;

import dev.quire.ArchiveTest;
import dev.quire.ClusterServers;
import dev.quire.QuireApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Archives a test starts and closes itself, as {@code quire import} opens one (no web server), so
 * that one test can hold several at once: one embedded and one on the cluster, or two nodes of
 * one cluster archive. Each has a data folder of its own.
 */
final class StartedArchives {

  private StartedArchives() {}

  /** A new archive with an H2 database and a Lucene index. */
  static ConfigurableApplicationContext embedded() {
    return start(Map.of());
  }

  /**
   * A node of the cluster archive in the schema and index prefix {@code name}; nodes started with
   * the same name share the archive.
   *
   * @param outbox whether its index writes go through the database's outbox (see {@link ClusterServers#register})
   */
  static ConfigurableApplicationContext onCluster(String name, boolean outbox) {
    return start(ClusterServers.properties(name, outbox));
  }

  private static ConfigurableApplicationContext start(Map<String, Object> settings) {
    // Given as arguments, which win over application.properties, as the command line's do.
    List<String> args = new ArrayList<>();
    args.add("--quire.data=" + ArchiveTest.newDataFolder());
    settings.forEach((key, value) -> args.add("--" + key + "=" + value));
    return new SpringApplicationBuilder(QuireApplication.class).web(WebApplicationType.NONE).run(args.toArray(String[]::new));
  }
}
