package dev.quire.tag;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tags by kind and name. */
public interface TagRepository extends JpaRepository<Tag, Long> {

  Optional<Tag> findByKindAndName(TagKind kind, String name);

  /** Tags of any kind with exactly this name. */
  List<Tag> findByName(String name);

  /** Tags of any kind with this name, ignoring case. */
  List<Tag> findByNameIgnoreCase(String name);

  /** Tags of one kind with this name, ignoring case. */
  List<Tag> findByKindAndNameIgnoreCase(TagKind kind, String name);
}
