package dev.quire.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API chain's refusals, as the API answers every error: a status and {@code {"message"}}. A
 * request without a token that needs one is 401, with the {@code WWW-Authenticate} challenge of
 * RFC 6750; a read token sent to change something is 403,
 * and so is anything else the account may not do. Thread-safe.
 */
final class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"quire\"");
    write(response, HttpServletResponse.SC_UNAUTHORIZED,
        "This needs a personal access token: send Authorization: Bearer TOKEN. Create one at /account/tokens.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    boolean readToken = authentication != null && authentication.getAuthorities().stream()
        .noneMatch(authority -> BearerTokens.WRITE.equals(authority.getAuthority()));
    write(response, HttpServletResponse.SC_FORBIDDEN, readToken
        ? "This token may only read. Create a token that may write (at /account/tokens) to change anything."
        : e.getMessage());
  }

  /** Answers 401 to a request whose token is not one the archive accepts. */
  void invalidToken(HttpServletResponse response, String message) throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"quire\", error=\"invalid_token\"");
    write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }

  private static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(Map.of("message", message)));
  }
}
