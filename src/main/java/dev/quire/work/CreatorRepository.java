package dev.quire.work;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Creators by name. */
public interface CreatorRepository extends JpaRepository<Creator, Long> {

  Optional<Creator> findByName(String name);
}
