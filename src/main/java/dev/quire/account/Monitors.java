package dev.quire.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * machine the node runs on (a scraper or a person with a shell there, {@link LocalRequests}). Such a
 * request is given the {@link #MONITOR} role for itself alone, never kept in a session.
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
    if (admin || LocalRequests.madeHere(request)) {
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
}
