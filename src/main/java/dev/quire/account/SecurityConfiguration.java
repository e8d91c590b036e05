package dev.quire.account;

import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who must be logged in for which requests, one filter chain per surface: monitoring (health and
 * metrics, {@link Monitors}), the JSON API (personal access tokens, {@link BearerTokens}; no
 * session, no CSRF) and the pages (a session in the database, a CSRF token on every form; the
 * catalog, feeds and downloads also read with a token, for reading apps).
 * Reading is open to guests here; which works a viewer may read or change is the access policy's
 * ({@code dev.quire.work.AccessPolicy}) to say, not the URL's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  /** The form field AO3's pages and its readers' tools send the CSRF token in. */
  static final String CSRF_PARAMETER = "authenticity_token";

  /**
   * The hash of the one inline script, the head's (templates/fragments.html), which sets the
   * reader's remembered settings on {@code <html>} before the first paint. Written here rather than
   * computed from the template when the archive starts, so that an inline script is allowed only
   * when someone decides it is: {@code SecurityHeadersTest} fails, naming the new hash, when the
   * script changes or another inline script appears.
   */
  static final String HEAD_SCRIPT = "'sha256-+cCCn1gqrooKpQp3zNy0d7R3ovAJAzCE6bzg84edzU4='";

  /**
   * What a page may load: its own scripts (and the head script), its own styles, nothing from
   * elsewhere; no plugins, no {@code <base>}, forms only to the archive, and no framing. Work text
   * keeps no script, style or image (HtmlSanitizer), so nothing a reader needs is refused.
   */
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self' " + HEAD_SCRIPT,
      "style-src 'self'",
      "img-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  /**
   * Monitoring ({@code /actuator/**}): the health status for anyone, as load balancers poll it
   * without an account; its details and the metrics for monitors ({@link Monitors}: admins, and
   * requests made on the node's own machine). Anyone else asking for the metrics gets 401 as a
   * guest and 403 with an account, not the log-in page: a scraper reads no forms. Only reads are
   * exposed, so there is no CSRF token to ask for.
   */
  @Bean
  @Order(0)
  SecurityFilterChain monitoring(
      HttpSecurity http, AccessTokens tokens, AccountRepository accounts, AccountPolicy policy) throws Exception {
    http.securityMatcher("/actuator/**")
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(Monitors.MONITOR)
            .anyRequest().denyAll())
        .addFilterBefore(BearerTokens.api(tokens, new ApiRefusals()), BasicAuthenticationFilter.class)
        .addFilterBefore(new Monitors(accounts, policy), AuthorizationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .headers(SecurityConfiguration::headers);
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AccessTokens tokens) throws Exception {
    ApiRefusals refusals = new ApiRefusals();
    http.securityMatcher("/api/**")
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, "/api/v1/works", "/api/v1/works/*").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
            // Whatever changes something needs a token that may write.
            .anyRequest().hasAuthority(BearerTokens.WRITE))
        .addFilterBefore(BearerTokens.api(tokens, refusals), BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .headers(SecurityConfiguration::headers);
    return http.build();
  }

  /**
   * Remember-me tokens in the database (Spring Security's persistent tokens): a series per browser
   * whose token changes at each use, so a stolen cookie used once is noticed.
   */
  @Bean
  PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
    JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
    tokens.setDataSource(dataSource);
    return tokens;
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, LogInAccounts details, PasswordEncoder encoder,
      LogInThrottle throttle, PersistentTokenRepository rememberMeTokens, AccessTokens accessTokens)
      throws Exception {
    // The key only marks this node's remember-me log-ins; the tokens themselves are in the database.
    String rememberMeKey = UUID.randomUUID().toString();
    RememberMeServices rememberMe = rememberMe(rememberMeKey, details, rememberMeTokens);
    // Only these two ways to log in, and no global fallback that would check a password twice.
    ProviderManager logIn = new ProviderManager(
        new ThrottledLogIn(details, encoder, throttle), new RememberMeAuthenticationProvider(rememberMeKey));
    // The token lives in a cookie, not the session: a guest's page makes no session row, and a
    // long page that streams past the response buffer still carries its forms' tokens.
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setParameterName(CSRF_PARAMETER);
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    http.authenticationManager(logIn)
        .csrf(csrf -> csrf.csrfTokenRepository(tokens))
        .addFilterAfter(new EagerCsrfToken(), CsrfFilter.class)
        // A reading app reads the catalog, feeds and downloads with its reader's key, not a session.
        .addFilterBefore(BearerTokens.readingApps(accessTokens), AuthorizationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/account", "/account/**").authenticated()
            .requestMatchers(HttpMethod.GET, "/users/*/readings", "/users/*/readings/**", "/works/*/resume").authenticated()
            .requestMatchers(HttpMethod.GET, "/**").permitAll()
            .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
            .requestMatchers(HttpMethod.POST, "/users/login").permitAll()
            // What a visitor does before having an account, or having lost its password.
            .requestMatchers(HttpMethod.POST, "/signup", "/invite_requests", "/users/confirmation",
                "/users/password", "/users/password/edit").permitAll()
            // A guest reports a work too, with an email address (rate-limited, see Reports).
            .requestMatchers(HttpMethod.POST, "/works/*/report").permitAll()
            // A guest comments too, where a work allows guests' comments (CommentPolicy).
            .requestMatchers(HttpMethod.POST, "/works/*/comments", "/comments/*/replies").permitAll()
            // A guest leaves kudos too, once per address (see work/Kudos).
            .requestMatchers(HttpMethod.POST, "/works/*/kudos").permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage("/users/login")
            .loginProcessingUrl("/users/login")
            .usernameParameter("user[login]")
            .passwordParameter("user[password]")
            .failureHandler(new LogInFailures())
            .permitAll())
        .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
        .logout(logout -> logout.logoutUrl("/users/logout").logoutSuccessUrl("/"))
        .headers(SecurityConfiguration::headers);
    return http.build();
  }

  /** AO3's checkbox ({@code user[remember_me]}) keeps a browser logged in for two weeks. */
  private static RememberMeServices rememberMe(String key, LogInAccounts details,
      PersistentTokenRepository tokens) {
    PersistentTokenBasedRememberMeServices rememberMe = new PersistentTokenBasedRememberMeServices(key, details, tokens);
    rememberMe.setParameter("user[remember_me]");
    rememberMe.setCookieName("remember_user_token");
    rememberMe.setTokenValiditySeconds((int) Duration.ofDays(14).toSeconds());
    rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    return rememberMe;
  }

  /**
   * The same headers on every response of both chains, error pages and static files included.
   * Spring Security's defaults stay (nosniff, no caching of pages, HSTS over TLS).
   */
  private static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(frames -> frames.deny())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
  }
}
