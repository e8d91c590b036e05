package dev.quire.report;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reports, the open ones oldest first. */
interface WorkReportRepository extends JpaRepository<WorkReport, Long> {

  @Query("select r from WorkReport r where r.resolvedAt is null order by r.id")
  List<WorkReport> findOpen(Pageable page);

  @Query("select count(r) from WorkReport r where r.resolvedAt is null")
  long countOpen();
}
