package dev.quire.tag;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tags by kind and name. */
public interface TagRepository extends JpaRepository<Tag, Long> {

  Optional<Tag> findByKindAndName(TagKind kind, String name);
}
