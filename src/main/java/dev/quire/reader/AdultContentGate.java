package dev.quire.reader;

import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import dev.quire.tag.Rating;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Decides whether a reader must first agree to see adult content, as AO3 does: works rated
 * Explicit, Mature or Not Rated ask once; {@code ?view_adult=true} agrees, and the agreement lasts
 * for the browser session. An admin may turn the question off for the whole archive
 * ({@link Setting#ADULT_CONFIRMATION}). Thread-safe.
 */
@Component
public class AdultContentGate {

  static final String CONSENT = "quire.viewAdult";

  private final ArchiveSettings settings;

  AdultContentGate(ArchiveSettings settings) {
    this.settings = settings;
  }

  /**
   * Whether the page for a work of this rating must show the interstitial instead of the work.
   * Agreeing through {@code view_adult=true} is remembered in the session.
   */
  public boolean mustAsk(Rating rating, HttpServletRequest request) {
    if (!rating.isAdult() || !settings.isOn(Setting.ADULT_CONFIRMATION)) {
      return false;
    }
    if ("true".equalsIgnoreCase(request.getParameter("view_adult"))) {
      request.getSession(true).setAttribute(CONSENT, Boolean.TRUE);
      return false;
    }
    HttpSession session = request.getSession(false);
    return session == null || !Boolean.TRUE.equals(session.getAttribute(CONSENT));
  }

  /**
   * Where "Yes, Continue" leads: the page asked for, with its other query parameters (such as
   * {@code view_full_work}) kept and {@code view_adult=true} added.
   */
  public String continueUrl(HttpServletRequest request) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("view_adult", "true")
        .build()
        .toUriString();
  }
}
