package dev.quire.reader;

import dev.quire.settings.ArchiveSettings;
import dev.quire.settings.Setting;
import dev.quire.tag.Rating;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Decides whether a reader must first agree to see adult content, as AO3 does: works rated
 * Explicit, Mature or Not Rated ask once; {@code ?view_adult=true} agrees, and the agreement lasts
 * for the browser session. An admin may turn the question off for the whole archive
 * ({@link Setting#ADULT_CONFIRMATION}). Thread-safe.
 *
 * <p>The agreement is a cookie of the browser session ({@value #CONSENT}, no expiry), not a
 * server session: a guest who agrees costs the archive no session stored in the database and
 * written again on each page, and every node of a cluster reads it alike. It proves nothing a
 * reader could not say with {@code ?view_adult=true} on any address, so it needs no signature.
 */
@Component
public class AdultContentGate {

  /** The cookie that holds a browser's agreement. */
  static final String CONSENT = "view_adult";

  private final ArchiveSettings settings;

  AdultContentGate(ArchiveSettings settings) {
    this.settings = settings;
  }

  /**
   * Whether the page for a work of this rating must show the interstitial instead of the work.
   * Agreeing through {@code view_adult=true} is remembered in a cookie set on {@code response}.
   */
  public boolean mustAsk(Rating rating, HttpServletRequest request, HttpServletResponse response) {
    if (!rating.isAdult() || !settings.isOn(Setting.ADULT_CONFIRMATION)) {
      return false;
    }
    boolean agreed = agreed(request);
    if ("true".equalsIgnoreCase(request.getParameter("view_adult"))) {
      if (!agreed) {
        remember(request, response);
      }
      return false;
    }
    return !agreed;
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

  private static boolean agreed(HttpServletRequest request) {
    Cookie cookie = WebUtils.getCookie(request, CONSENT);
    return cookie != null && "true".equals(cookie.getValue());
  }

  private static void remember(HttpServletRequest request, HttpServletResponse response) {
    ResponseCookie cookie = ResponseCookie.from(CONSENT, "true")
        .path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure()).build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }
}
