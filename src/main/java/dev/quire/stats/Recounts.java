package dev.quire.stats;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts a work again once the transaction that changed its kudos, comments or bookmarks has
 * committed ({@link CountsChanged}): a recount reads what is there, so two changes at once, or one
 * rolled back, never leave a count off by one.
 */
@Component
class Recounts {

  private final StatCounters counters;

  Recounts(StatCounters counters) {
    this.counters = counters;
  }

  @TransactionalEventListener
  void countAgain(CountsChanged changed) {
    counters.recount(changed.workId());
  }
}
