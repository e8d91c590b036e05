package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index as derived data: rebuilt from the database on demand, and on start when it is
 * empty but the database is not (a deleted index folder, a new cluster) or when it was written by a
 * Quire that indexed works differently ({@link #LAYOUT} changed). What the index holds is recorded
 * in the database ({@code search_index_state}), so every app node of a cluster reads the same
 * answer, and a node rebuilds only after claiming the rebuild there: the others serve meanwhile.
 * On start a node also indexes the works an import stored but was killed before indexing ({@link
 * DeferredIndexing}).
 */
@Component
public class SearchIndex {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  /**
   * The version of what the index holds per work. Raise it whenever the index mapping changes
   * (fields added, renamed or analysed differently), so that existing archives reindex on start.
   */
  static final int LAYOUT = 8;

  /**
   * How long a claim keeps other nodes from starting a rebuild unless it is renewed: the rebuilding
   * node renews it every {@link #RENEWAL}, so a node killed mid-way frees it within this time and
   * the next node to start (or {@code quire reindex}) rebuilds.
   */
  static final Duration CLAIM = Duration.ofMinutes(2);

  private static final Duration RENEWAL = Duration.ofSeconds(30);

  private final EntityManagerFactory entityManagerFactory;
  private final WorkRepository works;
  private final SearchCluster cluster;
  private final Clock clock;
  private final IndexedCounts counts;
  private final String node;
  /** Off only for a command that rebuilds the index itself right after opening (a restore). */
  private final boolean rebuildOnStart;

  SearchIndex(
      EntityManagerFactory entityManagerFactory,
      WorkRepository works,
      SearchCluster cluster,
      Clock clock,
      IndexedCounts counts,
      @Value("${quire.node.name:}") String node,
      @Value("${quire.search.rebuild-on-start:true}") boolean rebuildOnStart) {
    this.entityManagerFactory = entityManagerFactory;
    this.works = works;
    this.cluster = cluster;
    this.clock = clock;
    this.counts = counts;
    this.node = node.isBlank() ? ProcessHandle.current().pid() + "@" + hostName() : node;
    this.rebuildOnStart = rebuildOnStart;
  }

  /**
   * Indexes every work again. The embedded index is emptied and refilled, into one segment (the
   * fewer segments, the cheaper searches and tag counts). On OpenSearch a new index is filled next
   * to the live one, which searches read until the new one is complete ({@link IndexSwap}), so a
   * cluster's searches never find less during a rebuild. One rebuild runs at a time across every
   * node and command: each claims it in the database first. Returns how many works there are.
   *
   * @throws RebuildUnderWayException when another node or command is rebuilding the index
   */
  public long rebuild() throws InterruptedException {
    if (!claimRebuild()) {
      throw new RebuildUnderWayException();
    }
    Thread renewal = Thread.ofVirtual().name("rebuild-claim").start(this::renewClaim);
    try {
      return rebuildClaimed();
    } finally {
      renewal.interrupt();
      renewal.join();
      releaseRebuild();
    }
  }

  private long rebuildClaimed() throws InterruptedException {
    if (cluster.embedded()) {
      try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
        Search.session(entityManager).massIndexer(Work.class).mergeSegmentsOnFinish(true).startAndWait();
      }
    } else {
      String index = new IndexSwap(entityManagerFactory, cluster.layout()).rebuild();
      log.info("Searches read the rebuilt index {} now", index);
    }
    // Every work is in the index now, those a killed import left pending included.
    new PendingWorks(entityManagerFactory).forgetAll();
    counts.reload();
    recordLayout();
    return works.count();
  }

  /** Index writes for the bulk import {@code runId} to defer and wait for once, at its end. */
  public DeferredIndexing deferred(long runId) {
    return new DeferredIndexing(entityManagerFactory, runId, cluster);
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenMissing() throws InterruptedException {
    if (!rebuildOnStart) {
      return;
    }
    long stored = works.count();
    boolean empty = stored > 0 && indexed() == 0;
    boolean older = stored > 0 && layout() != LAYOUT;
    if (!empty && !older) {
      recordLayout();
      new PendingWorks(entityManagerFactory).index();
      return;
    }
    log.info(empty
        ? "The search index is empty but the archive holds {} works: rebuilding it"
        : "The search index was written by an older Quire: rebuilding it for {} works", stored);
    try {
      rebuild();
    } catch (RebuildUnderWayException e) {
      log.info("Another node is rebuilding the search index; this one serves meanwhile");
    }
  }

  /** The layout the index was last written with; 0 when nothing has been recorded. */
  private int layout() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      return ((Number) entityManager.createNativeQuery("select layout from search_index_state where id = 1")
          .getSingleResult()).intValue();
    }
  }

  private void recordLayout() {
    update("update search_index_state set layout = " + LAYOUT + " where id = 1 and layout <> " + LAYOUT, null);
  }

  /** Whether this node may rebuild: no other node has claimed it, or its claim has run out. */
  private boolean claimRebuild() {
    return update("update search_index_state set rebuilding_node = :node, rebuilding_until = :until"
        + " where id = 1 and (rebuilding_until is null or rebuilding_until < :now)", clock.instant()) == 1;
  }

  /** Keeps this node's claim alive until interrupted. */
  private void renewClaim() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(RENEWAL);
      } catch (InterruptedException e) {
        return;
      }
      try {
        update("update search_index_state set rebuilding_until = :until where id = 1 and rebuilding_node = :node",
            clock.instant());
      } catch (RuntimeException e) {
        log.warn("Could not renew this node's claim on the index rebuild: {}", e.getMessage());
      }
    }
  }

  private void releaseRebuild() {
    update("update search_index_state set rebuilding_node = null, rebuilding_until = null where id = 1", null);
  }

  private int update(String statement, Instant now) {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      var query = entityManager.createNativeQuery(statement);
      if (now != null) {
        query.setParameter("node", node).setParameter("until", now.plus(CLAIM));
        if (statement.contains(":now")) {
          query.setParameter("now", now);
        }
      }
      int changed = query.executeUpdate();
      entityManager.getTransaction().commit();
      return changed;
    }
  }

  private long indexed() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      return Search.session(entityManager).search(Work.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }
}
