package dev.quire.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs a request in by a personal access token: the principal is the token's account's
 * {@link AccountDetails}, so handlers receive its {@link Viewer}, and a write token adds the
 * {@link #WRITE} authority the API chain asks of every request that changes something. A request
 * without a token passes on as it came (a guest's, or a browser's session); one with a token that
 * was revoked or never issued, or of a suspended account, is answered 401 here.
 *
 * <p>Two surfaces take tokens. The API ({@link #api}) reads {@code Authorization: Bearer TOKEN}.
 * The reading apps' surface ({@link #readingApps}: the OPDS catalog, the Atom feeds and the downloads
 * they link to, read only) takes the same header, or HTTP Basic with the user name and a token as
 * the password, which is what OPDS readers ask their users for: a feed read with a reader's key
 * lists what that reader's page would, their mutes and restricted works included.
 */
final class BearerTokens extends OncePerRequestFilter {

  /** The authority of a request made with a token that may write. */
  static final String WRITE = "TOKEN_WRITE";

  private static final String BEARER = "Bearer ";
  private static final String BASIC = "Basic ";
  private static final GrantedAuthority USER = new SimpleGrantedAuthority("ROLE_USER");

  /** Where a reading app may send a key: what an OPDS client or a feed reader fetches. */
  private static final List<String> READING_APP_PATHS =
      List.of("/opds", "/opds/**", "/works/feed.atom", "/tags/*/feed.atom", "/downloads/**");

  /** How a surface answers a token it does not accept. */
  interface Refusal {
    void refuse(HttpServletResponse response, String message) throws IOException;
  }

  private final AccessTokens tokens;
  private final RequestMatcher applies;
  private final boolean basic;
  private final Refusal refusal;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
  // Kept for the request only, so that an error page the request is forwarded to knows it too.
  private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

  private BearerTokens(AccessTokens tokens, RequestMatcher applies, boolean basic, Refusal refusal) {
    this.tokens = tokens;
    this.applies = applies;
    this.basic = basic;
    this.refusal = refusal;
  }

  /** The API's: every request of its chain, {@code Bearer} only. */
  static BearerTokens api(AccessTokens tokens, ApiRefusals refusals) {
    return new BearerTokens(tokens, request -> true, false, refusals::invalidToken);
  }

  /**
   * The reading apps': reads of the catalog, the feeds and downloads, {@code Bearer} or Basic.
   * A refusal challenges for Basic, so that an OPDS reader asks its user again.
   */
  static BearerTokens readingApps(AccessTokens tokens) {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    List<RequestMatcher> reads = READING_APP_PATHS.stream()
        .<RequestMatcher>mapMulti((path, each) -> {
          each.accept(paths.matcher(HttpMethod.GET, path));
          each.accept(paths.matcher(HttpMethod.HEAD, path));
        })
        .toList();
    return new BearerTokens(tokens, new OrRequestMatcher(reads), true, BearerTokens::challengeForBasic);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !applies.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    Optional<Credentials> credentials = credentials(header);
    if (credentials.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<AccessTokens.Holder> holder = tokens.holder(credentials.get().token());
    if (holder.isEmpty() || !credentials.get().names(holder.get())) {
      refusal.refuse(response, "This token is not valid: it was revoked, or never issued"
          + (basic ? ", or it is not this user's. Send the user name and a personal access token as the password." : "."));
      return;
    }
    if (holder.get().suspended()) {
      refusal.refuse(response, "This account is suspended: its tokens are refused while it is.");
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

  /** A token, and with Basic the user name it was sent with. */
  private record Credentials(String token, String userName) {

    boolean names(AccessTokens.Holder holder) {
      return userName == null || userName.equalsIgnoreCase(holder.userName());
    }
  }

  /** The header's token: empty when there is no header of a scheme this surface takes. */
  private Optional<Credentials> credentials(String header) {
    if (header == null) {
      return Optional.empty();
    }
    if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.of(new Credentials(header.substring(BEARER.length()).strip(), null));
    }
    if (basic && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        decoded = "";
      }
      int colon = decoded.indexOf(':');
      // A header that is not user:password is a token no account holds: refused, not ignored.
      return Optional.of(colon < 0
          ? new Credentials("", "")
          : new Credentials(decoded.substring(colon + 1), decoded.substring(0, colon)));
    }
    return Optional.empty();
  }

  private static void challengeForBasic(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"quire\", charset=\"UTF-8\"");
    response.setContentType(MediaType.TEXT_PLAIN_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(message);
  }
}
