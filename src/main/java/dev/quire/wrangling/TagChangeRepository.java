package dev.quire.wrangling;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit trail of wrangling, newest first. */
interface TagChangeRepository extends JpaRepository<TagChange, Long> {

  List<TagChange> findTop50ByTagIdOrderByIdDesc(long tagId);

  Optional<TagChange> findFirstByTagIdOrderByIdDesc(long tagId);
}
