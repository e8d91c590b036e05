package dev.quire.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs an API request in by the personal access token in its {@code Authorization: Bearer} header:
 * the principal is the token's account's {@link AccountDetails}, so handlers receive its
 * {@link Viewer}, and a write token adds the {@link #WRITE} authority the API chain asks of every
 * request that changes something. A request without the header passes on as a guest's; one with a
 * token that was revoked or never issued, or of a suspended account, is answered 401 here.
 */
final class BearerTokens extends OncePerRequestFilter {

  /** The authority of a request made with a token that may write. */
  static final String WRITE = "TOKEN_WRITE";

  private static final String SCHEME = "Bearer ";
  private static final GrantedAuthority USER = new SimpleGrantedAuthority("ROLE_USER");

  private final AccessTokens tokens;
  private final ApiRefusals refusals;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
  // Kept for the request only, so that an error page the request is forwarded to knows it too.
  private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

  BearerTokens(AccessTokens tokens, ApiRefusals refusals) {
    this.tokens = tokens;
    this.refusals = refusals;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccessTokens.Holder> holder = tokens.holder(header.substring(SCHEME.length()).strip());
    if (holder.isEmpty()) {
      refusals.invalidToken(response, "This token is not valid: it was revoked, or never issued.");
      return;
    }
    if (holder.get().suspended()) {
      refusals.invalidToken(response, "This account is suspended: its tokens are refused while it is.");
      return;
    }
    AccountDetails details = new AccountDetails(holder.get().accountId(), holder.get().userName(), null);
    List<GrantedAuthority> authorities =
        holder.get().write() ? List.of(USER, new SimpleGrantedAuthority(WRITE)) : List.of(USER);
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
    contexts.setContext(context);
    repository.saveContext(context, request, response);
    chain.doFilter(request, response);
  }
}
