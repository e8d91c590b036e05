package dev.quire.wrangling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The audit trail of wrangling, newest first. */
interface TagChangeRepository extends JpaRepository<TagChange, Long> {

  List<TagChange> findTop50ByTagIdOrderByIdDesc(long tagId);

  List<TagChange> findByChangeSetOrderByIdDesc(String changeSet);

  /** How many tags the change set changed. */
  @Query("select count(distinct c.tagId) from TagChange c where c.changeSet = :set")
  long countTags(@Param("set") String changeSet);

  /**
   * The tag's latest changes that undo would take back, newest first: neither an undo's nor of a
   * set an undo took back.
   */
  @Query("select c from TagChange c where c.tagId = :tag and c.undoes is null"
      + " and not exists (select u.id from TagChange u where u.undoes = c.changeSet) order by c.id desc")
  List<TagChange> undoable(@Param("tag") long tagId, Limit limit);

  /** The tag's latest change that undo would take back, if any. */
  default Optional<TagChange> lastUndoable(long tagId) {
    return undoable(tagId, Limit.of(1)).stream().findFirst();
  }
}
