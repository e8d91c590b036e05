package dev.quire.stats;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts a work's count again when what it is made of changed ({@link CountsChanged}), inside the
 * transaction that changed it: the publisher's pending changes are written first, so the count
 * reads them, and it commits or rolls back with them. Needs no connection besides the writer's;
 * published outside a transaction, it fails (there is nothing to count in).
 */
@Component
class Recounts {

  private final StatCounters counters;

  @PersistenceContext private EntityManager entityManager;

  Recounts(StatCounters counters) {
    this.counters = counters;
  }

  @EventListener
  void countAgain(CountsChanged changed) {
    entityManager.flush();
    counters.recount(changed.workId(), changed.counted());
  }
}
