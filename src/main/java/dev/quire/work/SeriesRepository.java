package dev.quire.work;

import org.springframework.data.jpa.repository.JpaRepository;

/** Series by id. */
public interface SeriesRepository extends JpaRepository<Series, Long> {}
