package dev.quire.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Past import runs, newest first. */
public interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

  @Query("select r from ImportRun r order by r.startedAt desc, r.id desc")
  List<ImportRun> findRecent(Pageable page);

  @Query("select r from ImportRun r where r.finishedAt is null and r.interruptedAt is null")
  List<ImportRun> findUnfinished();

  @EntityGraph(attributePaths = "files")
  @Query("select r from ImportRun r where r.id = :id")
  Optional<ImportRun> findWithFiles(Long id);

  /**
   * Renews the heartbeat of unfinished runs, in one statement however many there are; a run that
   * a node marked interrupted while it was silent is running again, as it evidently is.
   */
  @Modifying
  @Transactional
  @Query("update ImportRun r set r.heartbeatAt = :now, r.interruptedAt = null where r.id in :ids and r.finishedAt is null")
  int beat(Collection<Long> ids, Instant now);

  /** Marks interrupted the unfinished runs whose heartbeat is older than {@code silentSince}. */
  @Modifying
  @Transactional
  @Query("update ImportRun r set r.interruptedAt = :now"
      + " where r.finishedAt is null and r.interruptedAt is null and r.heartbeatAt < :silentSince")
  int interruptSilent(Instant silentSince, Instant now);
}
