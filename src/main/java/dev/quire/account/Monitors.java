package dev.quire.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the archive's health details and metrics: whom {@link AccountPolicy} lets (an admin,
 * logged in, or with one of their access tokens, as Prometheus sends it), or a request made on the
 * machine the node runs on (a scraper or a person with a shell there). Such a request is given the
 * {@link #MONITOR} role for itself alone, never kept in a session. A request that came through a proxy on the same machine
 * carries the proxy's forwarding header (Tomcat reads the client's address from it), so it counts
 * as the client's, not as local: a proxy in front of Quire must send {@code X-Forwarded-For}.
 */
final class Monitors extends OncePerRequestFilter {

  /** The role, without Spring's prefix, that {@code management.endpoint.health.roles} names. */
  static final String MONITOR = "MONITOR";

  private static final GrantedAuthority AUTHORITY = new SimpleGrantedAuthority("ROLE_" + MONITOR);

  private final AccountRepository accounts;
  private final AccountPolicy policy;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  Monitors(AccountRepository accounts, AccountPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    AccountDetails account = authentication != null && authentication.getPrincipal() instanceof AccountDetails details
        ? details : null;
    boolean admin = account != null && accounts.findById(account.accountId())
        .map(Viewer::of).filter(viewer -> policy.may(viewer, AccountAction.READ_METRICS)).isPresent();
    if (admin || local(request)) {
      List<GrantedAuthority> authorities = new ArrayList<>(List.of(AUTHORITY));
      if (account != null) {
        authorities.addAll(authentication.getAuthorities());
      }
      Object principal = account != null ? account : "localhost";
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(new PreAuthenticatedAuthenticationToken(principal, null, authorities));
      contexts.setContext(context);
    }
    chain.doFilter(request, response);
  }

  /** Whether the request was made on this machine, to this node directly. */
  static boolean local(HttpServletRequest request) {
    if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
      return false;
    }
    try {
      // Tomcat gives the address as digits (it looks no names up), so nothing is resolved here.
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
