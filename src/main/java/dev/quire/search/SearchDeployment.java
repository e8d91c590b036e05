package dev.quire.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the search index lives, decided by configuration alone: the embedded default is a Lucene
 * index under {@code quire.data}; when {@code quire.search.hosts} (environment:
 * {@code QUIRE_SEARCH_HOSTS}) names OpenSearch nodes, the index is in that cluster instead, with
 * the same analysis, and app nodes coordinate their index writes through the database's outbox
 * (Hibernate Search's outbox polling) so that any number of them can run at once. Every Hibernate
 * Search backend setting is made here, so the two deployments differ in this one place.
 */
@Configuration(proxyBeanMethods = false)
public class SearchDeployment {

  private static final String SEARCH = "hibernate.search.";
  private static final String BACKEND = SEARCH + "backend.";
  private static final String COORDINATION = SEARCH + "coordination.";

  /** The deployment this configuration selects. */
  @Bean
  SearchCluster searchCluster(
      @Value("${quire.search.hosts:}") List<String> hosts,
      @Value("${quire.search.coordination:outbox-polling}") String coordination,
      @Value("${quire.search.index-prefix:quire-}") String indexPrefix) {
    List<String> named = hosts.stream().map(String::strip).filter(host -> !host.isEmpty()).toList();
    return new SearchCluster(named, "outbox-polling".equals(coordination.strip()), indexPrefix.strip());
  }

  /** Where searches find the archive's own counts on this deployment (see {@link IndexedCounts}). */
  @Bean
  IndexedCounts indexedCounts(SearchCluster cluster, EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
    return cluster.embedded() ? new CountTable(jdbc) : new CountFields(entityManagerFactory, cluster);
  }

  @Bean
  HibernatePropertiesCustomizer searchBackend(
      SearchCluster cluster, @Value("${quire.search.directory:${quire.data}/index}") String directory) {
    return properties -> {
      if (cluster.embedded()) {
        lucene(properties, directory);
      } else {
        openSearch(properties, cluster);
      }
    };
  }

  private static void lucene(Map<String, Object> properties, String directory) {
    properties.put(BACKEND + "type", "lucene");
    properties.put(BACKEND + "directory.root", directory);
    properties.put(BACKEND + "lucene_version", "LATEST");
    properties.put(BACKEND + "analysis.configurer", "class:" + LuceneAnalysis.class.getName());
    properties.put(SEARCH + "schema_management.strategy", "create-or-validate");
  }

  private static void openSearch(Map<String, Object> properties, SearchCluster cluster) {
    properties.put(BACKEND + "type", "elasticsearch");
    properties.put(BACKEND + "uris", String.join(",", cluster.hosts()));
    properties.put(BACKEND + "analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
    properties.put(BACKEND + "layout.strategy", cluster.layout());
    properties.put(BACKEND + "schema_management.settings_file", "search/opensearch-index.json");
    // An index a node creates must be usable before the node serves: wait for its primary shards
    // (yellow), not for every replica, which a one-node development cluster never has.
    properties.put(BACKEND + "schema_management.minimal_required_status", "yellow");
    // A node makes the works' index only when the cluster has none. Hibernate Search's check of an
    // existing one fails the start while a rebuild (IndexSwap) has the write alias on a new index
    // and the read alias on the live one, which is how another node's rebuild, or one killed
    // half-way, leaves them: such a node must start and serve, not stop. What the index holds is
    // checked by the layout version kept in the database (SearchIndex), not by this check.
    properties.put(SEARCH + "schema_management.strategy",
        WorksIndexPresence.of(cluster) == WorksIndexPresence.PRESENT ? "none" : "create-or-validate");
    // Several app nodes may write to the cluster discovered through any of the hosts given.
    properties.put(BACKEND + "discovery.enabled", "false");
    // A connection not made in a second fails over to the next host. An answer may be long in
    // coming: a bulk write of long works during a rebuild on a loaded machine was silent for more
    // than 5 s, and with a 5 s read_timeout the whole rebuild failed and left the index empty. So a
    // request waits 30 s for its answer (Hibernate Search's default, stated); a node that hangs with
    // its connections open costs a search that long, then a 503 (BusyResponses), never a 500.
    properties.put(BACKEND + "connection_timeout", "1000");
    properties.put(BACKEND + "read_timeout", "30000");
    if (cluster.coordinated()) {
      properties.put(COORDINATION + "strategy", "outbox-polling");
      // A node that misses its pulse for this long is taken out of the event processors; a busy
      // node under load (or CI) must not be evicted on a slow second.
      properties.put(COORDINATION + "event_processor.pulse_interval", "2000");
      properties.put(COORDINATION + "event_processor.pulse_expiration", "60000");
      properties.put(COORDINATION + "event_processor.polling_interval", "200");
    } else {
      // Without the outbox a write is indexed before its transaction returns; OpenSearch makes it
      // searchable only at its next refresh (a second later), so refresh too, and a work saved is
      // found at once, as on the embedded index. Bulk imports defer both (DeferredIndexing).
      properties.put(SEARCH + "indexing.plan.synchronization.strategy", "sync");
    }
  }

  /**
   * The index's deployment.
   *
   * @param hosts the OpenSearch nodes' addresses; empty for the embedded Lucene index
   * @param coordinated whether app nodes index through the database's outbox (cluster only)
   * @param indexPrefix what the cluster's index and alias names start with
   */
  public record SearchCluster(List<String> hosts, boolean coordinated, String indexPrefix) {

    public SearchCluster {
      hosts = List.copyOf(hosts);
    }

    /** Whether the index is the embedded Lucene one. */
    public boolean embedded() {
      return hosts.isEmpty();
    }

    /** Whether index writes go through the outbox and are applied by any node, a moment later. */
    public boolean outbox() {
      return !embedded() && coordinated;
    }

    /** How the cluster's indexes and aliases are named, for this Quire's index layout. */
    ArchiveIndexLayout layout() {
      return new ArchiveIndexLayout(indexPrefix, SearchIndex.LAYOUT);
    }

    /** What the names of the works' indexes and aliases on the cluster start with, such as {@code quire-work-l6}. */
    public String worksIndex() {
      return layout().base("work");
    }
  }
}
