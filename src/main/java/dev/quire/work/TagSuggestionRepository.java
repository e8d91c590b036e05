package dev.quire.work;

import dev.quire.tag.TagKind;
import java.util.Collection;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Waiting suggestions across the archive, for the review queue. */
interface TagSuggestionRepository extends Repository<TagSuggestion, Long> {

  /**
   * Suggestions no editor has decided on, of works in a read scope. A slice, not a
   * page: counting them all would read every waiting suggestion of the archive on each visit.
   *
   * @param kind only this kind, or {@code null} for every kind
   * @param minConfidence only suggestions at least this likely
   */
  @Query("select s from TagSuggestion s join s.work w where s.rejected = false and"
      + ReadScope.IN_SCOPE
      + "and (:kind is null or s.kind = :kind) and s.confidence >= :minConfidence")
  Slice<TagSuggestion> findWaiting(Collection<Visibility> visible, Collection<Boolean> restrictedStates, Collection<Long> muted,
      TagKind kind, double minConfidence, Pageable page);
}
