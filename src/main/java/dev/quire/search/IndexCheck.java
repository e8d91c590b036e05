package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.work.Work;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Compares the database, the source of truth, with the search index derived from it, on either
 * backend: a work with no index document is <em>missing</em>, a document with no work is
 * <em>extra</em>, and a document written from other values than the work's row holds now is
 * <em>stale</em> (see {@link dev.quire.work.WorkRevision}). Both sides are read in id order and
 * merged, a page at a time, so the check needs little memory however large the archive. Changes
 * made while it runs may show as differences (a cluster applies index writes a moment after their
 * commit); check again, or repair, which is safe to repeat.
 */
@Component
public class IndexCheck {

  /** Works reindexed at a time while repairing. */
  private static final int BATCH = 100;

  /** How many differences of each kind the findings name. */
  private static final int NAMED = 10;

  /** How long a check on a cluster waits for the nodes to apply the outbox's changes before it compares. */
  private static final Duration OUTBOX_WAIT = Duration.ofMinutes(10);

  private final EntityManagerFactory entityManagerFactory;
  private final SearchCluster cluster;

  IndexCheck(EntityManagerFactory entityManagerFactory, SearchCluster cluster) {
    this.entityManagerFactory = entityManagerFactory;
    this.cluster = cluster;
  }

  /** What differs between the database and the index now; changes neither. */
  public Findings check() {
    return compare(workId -> {});
  }

  /**
   * Indexes what a killed import left pending, then reindexes every missing and stale work and
   * removes every extra document, and checks again once the index has the repairs.
   */
  public Repair repair() {
    PendingWorks pending = new PendingWorks(entityManagerFactory);
    int replayed = pending.index();
    List<Long> batch = new ArrayList<>();
    Findings repaired = compare(workId -> {
      batch.add(workId);
      if (batch.size() == BATCH) {
        pending.reindex(List.copyOf(batch));
        batch.clear();
      }
    });
    if (!batch.isEmpty()) {
      pending.reindex(batch);
    }
    // The check waits for the repairs, which on a cluster with an outbox the nodes apply a moment later.
    return new Repair(replayed, repaired, check());
  }

  /** Merges both sides in id order, handing every differing work's id to {@code differing}. */
  private Findings compare(Consumer<Long> differing) {
    if (cluster.outbox()) {
      // Changes committed a moment ago are not differences: wait for the nodes to apply them.
      new OutboxDrain(entityManagerFactory).await(OUTBOX_WAIT);
    } else {
      // What the index has written but not yet made searchable (OpenSearch refreshes every second) counts.
      Search.mapping(entityManagerFactory).scope(Work.class).workspace().refresh();
    }
    Tally tally = new Tally();
    Iterator<Revision> stored = new StoredRevisions(entityManagerFactory);
    try (IndexedRevisions indexed = new IndexedRevisions(entityManagerFactory)) {
      Revision row = stored.hasNext() ? stored.next() : null;
      Revision document = indexed.hasNext() ? indexed.next() : null;
      while (row != null || document != null) {
        if (document == null || (row != null && row.workId() < document.workId())) {
          tally.missing(row.workId());
          differing.accept(row.workId());
          row = stored.hasNext() ? stored.next() : null;
        } else if (row == null || document.workId() < row.workId()) {
          tally.extra(document.workId());
          differing.accept(document.workId());
          document = indexed.hasNext() ? indexed.next() : null;
        } else {
          if (!row.revision().equals(document.revision())) {
            tally.stale(row.workId());
            differing.accept(row.workId());
          }
          row = stored.hasNext() ? stored.next() : null;
          document = indexed.hasNext() ? indexed.next() : null;
        }
      }
    }
    return tally.findings();
  }

  /**
   * What a check found.
   *
   * @param named the first differing works of each kind, one sentence each, for a person to look at
   */
  public record Findings(long missing, long extra, long stale, List<String> named) {

    public Findings {
      named = List.copyOf(named);
    }

    /** Whether the index holds exactly what the database says it should. */
    public boolean clean() {
      return missing == 0 && extra == 0 && stale == 0;
    }
  }

  /**
   * What a repair did.
   *
   * @param replayed works a killed import had left waiting for the index, indexed first
   * @param repaired the differences found and repaired
   * @param after what a check found once the repairs were in the index
   */
  public record Repair(int replayed, Findings repaired, Findings after) {}

  private static final class Tally {
    private long missing;
    private long extra;
    private long stale;
    private final List<String> named = new ArrayList<>();

    void missing(long workId) {
      name(missing++, "work " + workId + " is missing from the index");
    }

    void extra(long workId) {
      name(extra++, "the index holds work " + workId + ", which the database does not");
    }

    void stale(long workId) {
      name(stale++, "work " + workId + " changed since it was indexed");
    }

    private void name(long before, String sentence) {
      if (before < NAMED) {
        named.add(sentence);
      }
    }

    Findings findings() {
      return new Findings(missing, extra, stale, named);
    }
  }
}
