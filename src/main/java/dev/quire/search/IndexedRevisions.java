package dev.quire.search;

import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Every document in the search index as its id and the revision it was written with, in id
 * order, scrolled a chunk at a time from projections alone (no work is loaded). Close it to free
 * the index's scroll.
 */
final class IndexedRevisions implements Iterator<Revision>, AutoCloseable {

  private static final int CHUNK = 1000;

  private final EntityManager entityManager;
  private final SearchScroll<Revision> scroll;
  private final Deque<Revision> chunk = new ArrayDeque<>();
  private boolean exhausted;

  IndexedRevisions(EntityManagerFactory entityManagerFactory) {
    this.entityManager = entityManagerFactory.createEntityManager();
    this.scroll = Search.session(entityManager).search(Work.class)
        .select(f -> f.composite()
            .from(f.id(Long.class), f.field("revision", Long.class))
            .as((id, revision) -> new Revision(id, revision)))
        .where(f -> f.matchAll())
        .sort(f -> f.field("workId"))
        .scroll(CHUNK);
  }

  @Override
  public boolean hasNext() {
    if (chunk.isEmpty() && !exhausted) {
      SearchScrollResult<Revision> next = scroll.next();
      exhausted = !next.hasHits();
      chunk.addAll(next.hits());
    }
    return !chunk.isEmpty();
  }

  @Override
  public Revision next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return chunk.removeFirst();
  }

  @Override
  public void close() {
    try {
      scroll.close();
    } finally {
      entityManager.close();
    }
  }
}
