package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * Index writes of a bulk import, waited for once at its end instead of after each of its
 * transactions. By default a transaction returns only when its works are written to the index,
 * so the importing thread would stand idle while the index analyses every batch; here the next
 * batch is read and stored meanwhile, and {@link #finish()} waits for all of them, commits the
 * index and makes the works searchable. The index queue is bounded, so a fast import still waits
 * when the index falls far behind.
 *
 * <p>What waits is recorded in the database, in the transaction that stores the works ({@link
 * #pending}), and forgotten only once the index has committed them: a run killed before its end
 * leaves those rows behind, and {@link SearchIndex} indexes their works when the archive next
 * opens.
 *
 * <p>On a cluster, index writes already go through the database: each transaction records its
 * works in Hibernate Search's outbox, which the nodes' event processors apply. Nothing is deferred
 * or recorded here then; {@link #finish} waits until the outbox has caught up. Thread-safe.
 */
public final class DeferredIndexing implements IndexingPlanSynchronizationStrategy {

  /** How long {@link #finish} waits for a cluster's outbox to empty before it reports the rest. */
  private static final Duration OUTBOX_WAIT = Duration.ofMinutes(30);

  private final EntityManagerFactory entityManagerFactory;
  private final long runId;
  private final SearchCluster cluster;
  private final List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> pending = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  DeferredIndexing(EntityManagerFactory entityManagerFactory, long runId, SearchCluster cluster) {
    this.entityManagerFactory = entityManagerFactory;
    this.runId = runId;
    this.cluster = cluster;
  }

  /** Defers the index writes of the transaction {@code entityManager} takes part in. */
  public void defer(EntityManager entityManager) {
    if (!cluster.outbox()) {
      Search.session(entityManager).indexingPlanSynchronizationStrategy(this);
    }
  }

  /**
   * Records, in the transaction {@code entityManager} takes part in, that these works wait for the
   * index: they are stored if and only if the record is.
   */
  public void pending(EntityManager entityManager, Collection<Long> workIds) {
    if (workIds.isEmpty() || cluster.outbox()) {
      return;
    }
    // One statement a batch: this is on the import's hot path.
    entityManager.createNativeQuery("insert into pending_index (run_id, work_id) select :run, id from work where id in (:ids)")
        .setParameter("run", runId).setParameter("ids", workIds).executeUpdate();
  }

  @Override
  public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
    // Committed in the background every second, and at the end by finish().
    context.documentCommitStrategy(DocumentCommitStrategy.NONE);
    context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
    context.indexingFutureHandler(this::track);
  }

  private synchronized void track(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
    // Forget what is done, so a million works leave a handful of futures, not a million.
    pending.removeIf(done -> done.isDone() && noteFailure(done));
    pending.add(future);
  }

  /**
   * Waits for every deferred write, commits the index and refreshes it.
   *
   * @param mergeSegments whether to merge the index into one segment as well: searches, and tag
   *     counts above all, cost less the fewer segments the index has, and merging costs about what
   *     indexing the works did when the import at least doubled the archive
   * @return what could not be indexed, one line per failure (the works are stored, and indexed
   *     again when the archive next opens); empty when all went well
   */
  public List<String> finish(boolean mergeSegments) {
    if (cluster.outbox()) {
      return awaitOutbox();
    }
    List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> waiting;
    synchronized (this) {
      waiting = List.copyOf(pending);
      pending.clear();
    }
    waiting.forEach(future -> {
      try {
        future.join();
      } catch (CompletionException e) {
        // recorded below
      }
    });
    synchronized (this) {
      waiting.forEach(this::noteFailure);
    }
    var workspace = Search.mapping(entityManagerFactory).scope(Work.class).workspace();
    workspace.flush();
    if (mergeSegments && cluster.embedded()) {
      workspace.mergeSegments();
    }
    workspace.refresh();
    synchronized (this) {
      if (failures.isEmpty()) {
        forgetPending();
      }
      return List.copyOf(failures);
    }
  }

  /**
   * Waits until the cluster's event processors have applied every recorded change (this run's
   * and any other's), then refreshes the index so they are searchable.
   */
  private List<String> awaitOutbox() {
    long waiting = new OutboxDrain(entityManagerFactory).await(OUTBOX_WAIT);
    return waiting == 0 ? List.of()
        : List.of(waiting + " changes still wait in the outbox for the search index; the cluster's nodes will apply them");
  }

  /** The index has committed every work of the run, so none waits any more. */
  private void forgetPending() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      entityManager.createNativeQuery("delete from pending_index where run_id = ?")
          .setParameter(1, runId).executeUpdate();
      entityManager.getTransaction().commit();
    }
  }

  /** Notes a finished write's failure, if any; always true (the write is done). */
  private boolean noteFailure(CompletableFuture<? extends SearchIndexingPlanExecutionReport> done) {
    try {
      SearchIndexingPlanExecutionReport report = done.join();
      report.throwable().ifPresent(cause -> failures.add(
          "works " + report.failingEntities() + " were not indexed: " + cause.getMessage()));
    } catch (CompletionException e) {
      failures.add("indexing failed: " + e.getCause());
    }
    return true;
  }
}
