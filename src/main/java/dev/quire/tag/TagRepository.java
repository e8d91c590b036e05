package dev.quire.tag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Tags by kind and name. */
public interface TagRepository extends JpaRepository<Tag, Long> {

  Optional<Tag> findByKindAndName(TagKind kind, String name);

  /** Tags of any kind with exactly this name. */
  List<Tag> findByName(String name);

  /** Tags of any kind with this name, ignoring case. */
  List<Tag> findByNameIgnoreCase(String name);

  /** Tags of one kind with this name, ignoring case. */
  List<Tag> findByKindAndNameIgnoreCase(TagKind kind, String name);

  /** The synonyms of any of these canonical tags. */
  List<Tag> findBySynonymOfIn(Collection<Tag> canonical);

  long countBySynonymOf(Tag canonical);

  /** Canonical tags of one kind whose name begins so, ignoring case. */
  List<Tag> findByKindAndCanonicalTrueAndNameStartingWithIgnoreCase(TagKind kind, String start);

  /** The tags {@code meta} is a meta tag of (its subtags, one level down). */
  @Query("select t from Tag t join t.metaTags m where m = :meta order by t.name")
  List<Tag> subtagsOf(@Param("meta") Tag meta);
}
