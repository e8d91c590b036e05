package dev.quire.search;

import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets the index learn the archive's own counts in batches. A kudos or a hit changes only a row of
 * {@code work_stats} and marks it {@code index_pending}; Hibernate Search writes no part of a
 * document alone, so a count reaches the index only with the whole work, text included. Every few
 * seconds this takes batches of up to {@link #BATCH} marked works, clears their marks and writes their
 * documents from the rows as they are then, in one transaction: a burst of kudos on one work costs
 * one reindex per interval, not one per kudos. A count changed while its work is written marks it
 * again (the row is locked until the clearing commits), so it goes with the next batch; on a
 * cluster the clearing and the outbox's record of the write commit together. Two nodes may write
 * the same work twice, which changes nothing. Thread-safe (one batch at a time per node).
 */
@Component
public class StatsIndexing {

  private static final Logger log = LoggerFactory.getLogger(StatsIndexing.class);

  /** Works written at most per interval: bounds the time and heap one batch of novels takes. */
  static final int BATCH = 200;

  private final EntityManagerFactory entityManagerFactory;

  StatsIndexing(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  /**
   * Every interval, batches back to back while each finds a full one: a burst of kudos on many
   * works marks more than {@link #BATCH} an interval, and the index catches up as soon as it may,
   * not one batch every few seconds behind the burst. Returns how many works were written.
   */
  @Scheduled(initialDelayString = "${quire.stats.index-interval:PT5S}",
      fixedDelayString = "${quire.stats.index-interval:PT5S}")
  public int catchUp() {
    int written = 0;
    int batch;
    do {
      batch = indexChangedCounts();
      written += batch;
    } while (batch == BATCH);
    return written;
  }

  /** Writes the documents of up to {@link #BATCH} works whose counts changed; returns how many. */
  public synchronized int indexChangedCounts() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      List<Long> ids = entityManager.createNativeQuery(
              "select work_id from work_stats where index_pending = true order by work_id", Long.class)
          .setMaxResults(BATCH).getResultList().stream().map(Long.class::cast).toList();
      if (ids.isEmpty()) {
        entityManager.getTransaction().rollback();
        return 0;
      }
      entityManager.createNativeQuery("update work_stats set index_pending = false where work_id in (:ids)")
          .setParameter("ids", ids).executeUpdate();
      SearchSession search = Search.session(entityManager);
      entityManager.createQuery("select w from Work w where w.id in :ids", Work.class)
          .setParameter("ids", ids).getResultList()
          .forEach(work -> search.indexingPlan().addOrUpdate(work));
      entityManager.getTransaction().commit();
      return ids.size();
    } catch (RuntimeException e) {
      // The marks stay: the next interval tries the same works again.
      log.warn("Could not write changed counts to the search index; trying again shortly", e);
      return 0;
    }
  }
}
