package dev.quire.work;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** Series by id and by title (titles are unique in the archive). */
public interface SeriesRepository extends JpaRepository<Series, Long> {

  Optional<Series> findByTitle(String title);

  /** The series a work belongs to, with its place in each. */
  @Query("select e from SeriesEntry e join fetch e.series s where e.work.id = :workId order by s.title")
  List<SeriesEntry> findPlacesOf(Long workId);
}
