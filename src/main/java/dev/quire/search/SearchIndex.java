package dev.quire.search;

import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index as derived data: rebuilt from the database on demand, and on start when it is
 * empty but the database is not (a deleted or new index folder).
 */
@Component
public class SearchIndex {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  private final EntityManagerFactory entityManagerFactory;
  private final WorkRepository works;

  SearchIndex(EntityManagerFactory entityManagerFactory, WorkRepository works) {
    this.entityManagerFactory = entityManagerFactory;
    this.works = works;
  }

  /** Drops the index and indexes every work again; returns how many works there are. */
  public long rebuild() throws InterruptedException {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      Search.session(entityManager).massIndexer(Work.class).startAndWait();
    }
    return works.count();
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenMissing() throws InterruptedException {
    long stored = works.count();
    if (stored > 0 && indexed() == 0) {
      log.info("The search index is empty but the archive holds {} works: rebuilding it", stored);
      rebuild();
    }
  }

  private long indexed() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      return Search.session(entityManager).search(Work.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
  }
}
