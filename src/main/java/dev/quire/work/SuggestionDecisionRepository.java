package dev.quire.work;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SuggestionDecisionRepository extends Repository<SuggestionDecision, Long> {

  SuggestionDecision save(SuggestionDecision decision);

  /** Decisions by how the suggestions were found: finding, decided, accepted, sum of confidences. */
  @Query("select d.finding, count(d), sum(case when d.accepted then 1 else 0 end), sum(d.confidence)"
      + " from SuggestionDecision d where d.finding is not null group by d.finding")
  List<Object[]> tallies();

  /** Changes whenever a decision is recorded: decisions are only ever added. */
  @Query("select coalesce(max(d.id), 0) from SuggestionDecision d")
  long latest();
}
