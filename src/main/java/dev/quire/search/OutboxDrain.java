package dev.quire.search;

import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;

/**
 * Waits for a cluster's index to catch up with its outbox: the changes every node recorded in
 * {@code hsearch_outbox_event}, which the nodes' event processors apply a moment after their
 * commit. Whoever must see their own writes in the index (the end of a bulk import, a repair)
 * waits here.
 */
final class OutboxDrain {

  private final EntityManagerFactory entityManagerFactory;

  OutboxDrain(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = entityManagerFactory;
  }

  /**
   * Waits until no change waits in the outbox or {@code patience} has passed, then refreshes the
   * index so that what was applied is searchable.
   *
   * @return how many changes still wait; 0 when the index has caught up
   */
  long await(Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    long waiting = waiting();
    while (waiting > 0 && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      waiting = waiting();
    }
    Search.mapping(entityManagerFactory).scope(Work.class).workspace().refresh();
    return waiting;
  }

  private long waiting() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      return ((Number) entityManager.createNativeQuery("select count(*) from hsearch_outbox_event where status = 'PENDING'")
          .getSingleResult()).longValue();
    }
  }
}
