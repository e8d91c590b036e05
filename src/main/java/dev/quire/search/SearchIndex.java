package dev.quire.search;

import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index as derived data: rebuilt from the database on demand, and on start when it is
 * empty but the database is not (a deleted or new index folder) or when it was written by a Quire
 * that indexed works differently ({@link #LAYOUT} changed). On start it also indexes the works an
 * import stored but was killed before indexing ({@link DeferredIndexing}).
 */
@Component
public class SearchIndex {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  /**
   * The version of what the index holds per work. Raise it whenever the index mapping changes
   * (fields added, renamed or analysed differently), so that existing archives reindex on start.
   */
  static final int LAYOUT = 5;

  private static final String LAYOUT_FILE = "layout";

  private final EntityManagerFactory entityManagerFactory;
  private final WorkRepository works;

  private final Path directory;

  SearchIndex(
      EntityManagerFactory entityManagerFactory,
      WorkRepository works,
      @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String directory) {
    this.entityManagerFactory = entityManagerFactory;
    this.works = works;
    this.directory = directory.isBlank() ? null : Path.of(directory);
  }

  /**
   * Drops the index and indexes every work again, into one segment (the fewer segments, the
   * cheaper searches and tag counts); returns how many works there are.
   */
  public long rebuild() throws InterruptedException {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      Search.session(entityManager).massIndexer(Work.class).mergeSegmentsOnFinish(true).startAndWait();
    }
    // Every work is in the index now, those a killed import left pending included.
    new PendingWorks(entityManagerFactory).forgetAll();
    writeLayout();
    return works.count();
  }

  /** Index writes for the bulk import {@code runId} to defer and wait for once, at its end. */
  public DeferredIndexing deferred(long runId) {
    return new DeferredIndexing(entityManagerFactory, runId);
  }

  @EventListener(ApplicationReadyEvent.class)
  void rebuildWhenMissing() throws InterruptedException {
    long stored = works.count();
    if (stored > 0 && indexed() == 0) {
      log.info("The search index is empty but the archive holds {} works: rebuilding it", stored);
      rebuild();
    } else if (stored > 0 && layout() != LAYOUT) {
      log.info("The search index was written by an older Quire: rebuilding it for {} works", stored);
      rebuild();
    } else {
      writeLayout();
      new PendingWorks(entityManagerFactory).index();
    }
  }

  /** The layout the index on disk was written with; 1 for an index from before layouts were kept. */
  private int layout() {
    if (directory == null) {
      return LAYOUT;
    }
    try {
      return Integer.parseInt(Files.readString(directory.resolve(LAYOUT_FILE)).strip());
    } catch (IOException | NumberFormatException e) {
      return 1;
    }
  }

  private void writeLayout() {
    if (directory == null) {
      return;
    }
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(LAYOUT_FILE), LAYOUT + "\n");
    } catch (IOException e) {
      log.warn("Could not record the search index layout in {}: {}", directory, e.getMessage());
    }
  }

  private long indexed() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      return Search.session(entityManager).search(Work.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
  }
}
