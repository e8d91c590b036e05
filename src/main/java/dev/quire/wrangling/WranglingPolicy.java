package dev.quire.wrangling;

import dev.quire.account.Role;
import dev.quire.account.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who wrangles tags: wranglers and admins, unless suspended. Everyone
 * else reads tags through their public pages only. Stateless and thread-safe.
 */
@Component
public class WranglingPolicy {

  /** Whether {@code viewer} may read the wrangling pages and change tags. */
  public boolean mayWrangle(Viewer viewer) {
    return viewer.mayWrite() && (viewer.has(Role.WRANGLER) || viewer.has(Role.ADMIN));
  }

  /**
   * Throws {@link AccessDeniedException} unless {@code viewer} may wrangle; Spring Security answers
   * it with the log-in page for a guest and 403 for anyone else.
   */
  public void check(Viewer viewer) {
    if (!mayWrangle(viewer)) {
      throw new AccessDeniedException("Only a tag wrangler or an admin may wrangle tags.");
    }
  }
}
