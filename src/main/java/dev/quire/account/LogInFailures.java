package dev.quire.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed log-in back to the log-in page with why, in the address rather than a session (a
 * guest gets no session row): {@code ?wait=N} minutes, {@code ?suspended}, {@code ?unconfirmed}, or {@code ?error} for a
 * wrong password and an unknown name alike.
 */
final class LogInFailures implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    String why = switch (failure) {
      case LogInThrottledException throttled -> "wait=" + throttled.minutes();
      case LockedException locked -> "suspended";
      // Said only after the password matched (ThrottledLogIn), so only the owner learns it.
      case DisabledException unconfirmed -> "unconfirmed";
      default -> "error";
    };
    response.sendRedirect(request.getContextPath() + "/users/login?" + why);
  }
}
