package dev.quire.work;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Series by id and by title (titles are unique in the archive). */
public interface SeriesRepository extends JpaRepository<Series, Long> {

  Optional<Series> findByTitle(String title);
}
