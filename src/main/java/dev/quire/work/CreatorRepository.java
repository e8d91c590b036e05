package dev.quire.work;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Creators by name and by user name. */
public interface CreatorRepository extends JpaRepository<Creator, Long> {

  Optional<Creator> findByName(String name);

  Optional<Creator> findByUserName(String userName);

  /** User names that are {@code base} or {@code base_} followed by anything. */
  @Query("select c.userName from Creator c where c.userName = :base"
      + " or c.userName like concat(:base, '\\_%') escape '\\'")
  List<String> findUserNamesLike(String base);

  /**
   * A new creator credited as {@code name}, with a user name no other creator has: the one
   * {@code name} suggests, or that with {@code _2}, {@code _3}... added.
   */
  default Creator credit(String name) {
    String base = Creator.userNameFor(name);
    Set<String> taken = new HashSet<>(findUserNamesLike(base));
    String userName = base;
    for (int n = 2; taken.contains(userName); n++) {
      userName = base + "_" + n;
    }
    return save(new Creator(name, userName));
  }
}
