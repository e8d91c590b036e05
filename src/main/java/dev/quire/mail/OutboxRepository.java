package dev.quire.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The outbox, newest letter first. */
public interface OutboxRepository extends JpaRepository<OutboxLetter, Long> {

  List<OutboxLetter> findTop100ByOrderByIdDesc();
}
