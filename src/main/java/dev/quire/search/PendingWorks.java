package dev.quire.search;

import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The works an import stored whose index writes it was killed before committing (the rows {@link
 * DeferredIndexing#pending} left behind): each is indexed again, or dropped from the index when
 * its row is gone, and only then forgotten, so a second kill loses nothing either. An archive
 * replays them when it opens, and {@code quire fsck --repair} ({@link IndexCheck}) does too, with
 * the same {@link #reindex} for every work it finds missing, extra or stale.
 */
final class PendingWorks {

  private static final Logger log = LoggerFactory.getLogger(PendingWorks.class);

  /** Works loaded and indexed at a time: bounds the heap when a run of novels was cut short. */
  private static final int BATCH = 100;

  private final EntityManagerFactory entityManagerFactory;

  PendingWorks(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  /** Indexes every pending work; returns how many there were. */
  int index() {
    List<Long> pending = pendingIds();
    if (pending.isEmpty()) {
      return 0;
    }
    log.info("An import stopped before the search index caught up: indexing its {} works", pending.size());
    for (int from = 0; from < pending.size(); from += BATCH) {
      List<Long> ids = pending.subList(from, Math.min(from + BATCH, pending.size()));
      try {
        reindex(ids);
        forget(ids);
      } catch (RuntimeException e) {
        // The rows stay for the next start; one work the index refuses must not keep the archive shut.
        log.error("Could not index works {}; they stay pending and are tried again on the next start", ids, e);
      }
    }
    return pending.size();
  }

  /** Forgets every pending work, once a rebuild has indexed them all. */
  void forgetAll() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      entityManager.createNativeQuery("delete from pending_index").executeUpdate();
      entityManager.getTransaction().commit();
    }
  }

  /**
   * Writes the index documents of the works {@code ids} from their rows as they are now, and
   * removes the documents of those whose row is gone. Returns once the index has the writes (on a
   * cluster with an outbox: once the outbox has them, which the nodes apply a moment later).
   */
  void reindex(List<Long> ids) {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      SearchSession search = Search.session(entityManager);
      List<Work> found = entityManager.createQuery("select w from Work w where w.id in :ids", Work.class)
          .setParameter("ids", ids).getResultList();
      Set<Long> gone = new HashSet<>(ids);
      for (Work work : found) {
        search.indexingPlan().addOrUpdate(work);
        gone.remove(work.getId());
      }
      // An index entry never outlives its row.
      gone.forEach(id -> search.indexingPlan().purge(Work.class, id, null));
      // Nothing in the database changes: the commit is what hands the plan to the index, and by
      // default it returns only once the index has committed the writes.
      entityManager.getTransaction().commit();
    }
  }

  private List<Long> pendingIds() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      return entityManager.createNativeQuery("select distinct work_id from pending_index order by work_id", Long.class)
          .getResultList().stream().map(Long.class::cast).toList();
    }
  }

  private void forget(List<Long> ids) {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      entityManager.createNativeQuery("delete from pending_index where work_id in (:ids)")
          .setParameter("ids", ids).executeUpdate();
      entityManager.getTransaction().commit();
    }
  }
}
