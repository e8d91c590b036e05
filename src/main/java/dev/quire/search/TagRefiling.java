package dev.quire.search;

import dev.quire.work.Work;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-files in search the works a wrangler's change moved: a work's index document names its tags'
 * canonical tags and the meta tags above them (see {@code Work.getTagKeys}), which change without
 * the work changing. {@link #refile} records, in the wrangler's transaction, one {@code tag_refile}
 * row (the change, how many works, how many are done) and the works to write; every few seconds
 * {@link #refileWaiting} takes {@link #BATCH} of them at a time, forgets them and writes their
 * documents in one transaction, as {@link StatsIndexing} does for counts, so a tag on 100,000 works
 * is re-filed in batches on any node of a cluster without holding up the wrangler. Two nodes may
 * write a work twice, which changes nothing. Thread-safe (one batch at a time per node).
 */
@Component
public class TagRefiling {

  private static final Logger log = LoggerFactory.getLogger(TagRefiling.class);

  /** Works written at most per batch: bounds the time and heap one batch of novels takes. */
  static final int BATCH = 200;

  /** The longest one run of {@link #refileWaiting} writes batches before it lets the next wait. */
  static final Duration RUN = Duration.ofSeconds(10);

  /**
   * One re-filing: why, how many works it moves and how many are written already.
   *
   * @param finishedAt when the last was written, or {@code null} while some wait
   */
  public record Refile(long id, String reason, int total, int done, Instant createdAt, Instant finishedAt) {}

  @PersistenceContext private EntityManager shared;
  private final EntityManagerFactory entityManagerFactory;
  private final Clock clock;

  TagRefiling(EntityManagerFactory entityManagerFactory, Clock clock) {
    this.entityManagerFactory = entityManagerFactory;
    this.clock = clock;
  }

  /**
   * Records, in the transaction under way, that every work tagged with one of {@code tagIds} is to
   * be written to the index again because of a change to the tag {@code tagId}; returns how many.
   */
  public int refile(long tagId, String reason, Collection<Long> tagIds) {
    Timestamp now = Timestamp.from(clock.instant());
    shared.createNativeQuery("insert into tag_refile (tag_id, reason, total, done, created_at) values (:tag, :reason, 0, 0, :now)")
        .setParameter("tag", tagId).setParameter("reason", reason).setParameter("now", now).executeUpdate();
    long id = ((Number) shared.createNativeQuery("select max(id) from tag_refile where tag_id = :tag")
        .setParameter("tag", tagId).getSingleResult()).longValue();
    int works = shared.createNativeQuery("insert into tag_refile_work (refile_id, work_id)"
            + " select distinct cast(:id as bigint), work_id from work_tag where tag_id in (:tags)")
        .setParameter("id", id).setParameter("tags", tagIds).executeUpdate();
    shared.createNativeQuery("update tag_refile set total = :works where id = :id")
        .setParameter("works", works).setParameter("id", id).executeUpdate();
    if (works == 0) {
      shared.createNativeQuery("update tag_refile set finished_at = :now where id = :id")
          .setParameter("now", now).setParameter("id", id).executeUpdate();
    }
    return works;
  }

  /** The latest re-filings of the tag {@code tagId}, newest first. */
  public List<Refile> of(long tagId, int limit) {
    List<?> rows = shared.createNativeQuery("select id, reason, total, done, created_at, finished_at from tag_refile"
            + " where tag_id = :tag order by id desc")
        .setParameter("tag", tagId).setMaxResults(limit).getResultList();
    return rows.stream().map(Object[].class::cast).map(r -> new Refile(((Number) r[0]).longValue(), (String) r[1],
        ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), instant(r[4]), instant(r[5]))).toList();
  }

  /**
   * Writes the documents of the works waiting to be re-filed, a batch of {@link #BATCH} at a time,
   * batch after batch while they come full, for up to {@link #RUN} (the scheduler's thread serves
   * other work too); returns how many.
   */
  @Scheduled(initialDelayString = "${quire.wrangling.refile-interval:PT2S}",
      fixedDelayString = "${quire.wrangling.refile-interval:PT2S}")
  public synchronized int refileWaiting() {
    Instant until = clock.instant().plus(RUN);
    int written = 0;
    int batch;
    do {
      batch = refileBatch();
      written += batch;
    } while (batch == BATCH && clock.instant().isBefore(until));
    return written;
  }

  private int refileBatch() {
    try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
      entityManager.getTransaction().begin();
      List<?> found = entityManager.createNativeQuery("select distinct work_id from tag_refile_work order by work_id")
          .setMaxResults(BATCH).getResultList();
      List<Long> ids = found.stream().map(id -> ((Number) id).longValue()).toList();
      if (ids.isEmpty()) {
        entityManager.getTransaction().rollback();
        return 0;
      }
      entityManager.createNativeQuery("delete from tag_refile_work where work_id in (:ids)")
          .setParameter("ids", ids).executeUpdate();
      entityManager.createNativeQuery("update tag_refile set done = total - (select count(*) from tag_refile_work w"
          + " where w.refile_id = tag_refile.id) where finished_at is null").executeUpdate();
      entityManager.createNativeQuery("update tag_refile set finished_at = :now where finished_at is null and done >= total")
          .setParameter("now", Timestamp.from(clock.instant())).executeUpdate();
      SearchSession search = Search.session(entityManager);
      entityManager.createQuery("select w from Work w where w.id in :ids", Work.class)
          .setParameter("ids", ids).getResultList()
          .forEach(work -> search.indexingPlan().addOrUpdate(work));
      entityManager.getTransaction().commit();
      return ids.size();
    } catch (RuntimeException e) {
      // The rows stay: the next interval tries the same works again.
      log.warn("Could not re-file works in the search index after a wrangling change; trying again shortly", e);
      return 0;
    }
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp t -> t.toInstant();
      case Instant i -> i;
      case java.time.OffsetDateTime o -> o.toInstant();
      default -> throw new IllegalStateException("not a time: " + value.getClass());
    };
  }
}
