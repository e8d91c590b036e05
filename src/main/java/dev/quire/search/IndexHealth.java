package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The search index's part of {@code /actuator/health} (component {@code index}): down when the
 * OpenSearch cluster does not answer, so that a load balancer stops sending searches to a node
 * that cannot run them; and, on a cluster that indexes through the outbox, how far the index is
 * behind the database. A late index is still up: searches run, they miss the newest changes. The
 * embedded Lucene index is part of the process, so it is up whenever the archive answers.
 */
@Component("index")
class IndexHealth implements HealthIndicator {

  private final SearchCluster cluster;
  private final EntityManagerFactory entityManagerFactory;
  private final IndexLag lag;
  private final Clock clock;

  IndexHealth(SearchCluster cluster, EntityManagerFactory entityManagerFactory, IndexLag lag, Clock clock) {
    this.cluster = cluster;
    this.entityManagerFactory = entityManagerFactory;
    this.lag = lag;
    this.clock = clock;
  }

  @Override
  public Health health() {
    if (cluster.embedded()) {
      return Health.up().withDetail("backend", "lucene").build();
    }
    Health.Builder health = Health.up().withDetail("backend", "opensearch");
    try {
      RestClient client = Search.mapping(entityManagerFactory).backend()
          .unwrap(ElasticsearchBackend.class).client(RestClient.class);
      Request request = new Request("GET", "/_cluster/health");
      request.addParameter("filter_path", "status");
      String body = new String(client.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
      health.withDetail("cluster", body.replaceAll("(?s).*\"status\"\\s*:\\s*\"(\\w+)\".*", "$1"));
    } catch (IOException | RuntimeException e) {
      return Health.down().withDetail("backend", "opensearch")
          .withDetail("error", "the OpenSearch cluster does not answer").build();
    }
    if (cluster.outbox()) {
      try {
        IndexLag.Backlog backlog = lag.backlog();
        health.withDetail("outboxEvents", backlog.events());
        health.withDetail("outboxOldestAgeSeconds",
            backlog.oldestAge(clock.instant()).map(Duration::toSeconds).orElse(0L));
      } catch (DataAccessException e) {
        // The outbox is in the database, whose own component says it is down.
        health.withDetail("outboxEvents", "unknown: the database does not answer");
      }
    }
    return health.build();
  }
}
