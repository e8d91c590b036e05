package dev.quire.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions, on every node at once since they live in the database: when the
 * account is deleted, its password is reset or a moderator suspends it. Thread-safe.
 */
@Component
class Sessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  // A command opens the archive without a web server, so without Spring Session; an embedded
  // archive is opened by one process at a time, so no server holds sessions while a command runs.
  Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  /** Ends every session logged in as {@code userName}. */
  void endAll(String userName) {
    sessions.ifAvailable(repository -> repository.findByPrincipalName(userName).keySet().forEach(repository::deleteById));
  }
}
