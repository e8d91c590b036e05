package dev.quire.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions, on every node at once since they live in the database: when the
 * account is deleted or its password is reset. Thread-safe.
 */
@Component
class Sessions {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;

  Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
    this.sessions = sessions;
  }

  /** Ends every session logged in as {@code userName}. */
  void endAll(String userName) {
    sessions.findByPrincipalName(userName).keySet().forEach(sessions::deleteById);
  }
}
