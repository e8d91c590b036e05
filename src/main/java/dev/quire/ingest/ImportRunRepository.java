package dev.quire.ingest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Past import runs, newest first. */
public interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

  @Query("select r from ImportRun r order by r.startedAt desc, r.id desc")
  List<ImportRun> findRecent(Pageable page);

  @Query("select r from ImportRun r where r.finishedAt is null and r.interruptedAt is null")
  List<ImportRun> findUnfinished();

  @EntityGraph(attributePaths = "files")
  @Query("select r from ImportRun r where r.id = :id")
  Optional<ImportRun> findWithFiles(Long id);
}
