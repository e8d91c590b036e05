package dev.quire.search;

import dev.quire.ArchiveTest;
import dev.quire.ClusterServers;
import dev.quire.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The index check on OpenSearch and PostgreSQL. Index writes are direct here (no outbox), so that
 * the test can write a document for a work that has no row, which an outbox event never could.
 */
@SpringBootTest
class ClusterIndexCheckTest extends IndexCheckCases {

  @BeforeAll
  static void clusterGiven() {
    if (!ClusterServers.available()) {
      ExternalTool.missing("no cluster (QUIRE_TEST_DATABASE_URL, QUIRE_TEST_SEARCH_HOSTS)");
    }
  }

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    registry.add("quire.data", ArchiveTest.newDataFolder()::toString);
    if (ClusterServers.available()) {
      ClusterServers.register(registry, false);
    }
  }
}
