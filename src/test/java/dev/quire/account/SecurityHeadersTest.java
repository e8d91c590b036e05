package dev.quire.account;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every response, whatever answers it, tells the browser to run only the archive's own scripts,
 * never to sniff types, never to be framed and to keep the path out of other sites' referrers;
 * cookies stay out of scripts' and other sites' reach. Read over real HTTP, so that error pages
 * (an error dispatch) and the proxy's forwarded headers (a Tomcat valve) are the real ones.
 */
class SecurityHeadersTest extends ArchiveTest {

  private static final String PASSWORD = "a quiet library at noon";
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @ParameterizedTest(name = "{0} {1} ({2})")
  @CsvSource({
      "GET, /, a page",
      "GET, /works/search?q=nothing, a page of results",
      "GET, /works/987654321, a page not found",
      "GET, /works/search?page=x, a search with a bad page number",
      "GET, /api/v1/works, the API",
      "GET, /api/v1/works/987654321, the API's not found",
      "POST, /api/v1/works, the API refusing a guest",
      "GET, /css/quire.css, a stylesheet",
      "GET, /js/reading-settings.js, a script",
      "GET, /no/such/file.png, a missing static file",
      "GET, /token_dispenser.json, the token dispenser",
      "GET, /actuator/health, the health check",
      "GET, /actuator/prometheus, the metrics",
      "GET, /actuator/env, a monitoring endpoint that is not there",
      "POST, /works/1/suggestions/accept-all, a form posted without a token"})
  void everyResponseCarriesTheSecurityHeaders(String method, String path, String what) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
        .method(method, HttpRequest.BodyPublishers.noBody()));

    assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
        .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
  }

  @Test
  void thePolicyRunsNoInlineScriptButTheHeadScriptAndNeverFramesThePage() {
    List<String> directives = List.of(SecurityConfiguration.CONTENT_SECURITY_POLICY.split(";\\s*"));

    assertThat(directives).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'");
    assertThat(directives).filteredOn(d -> d.startsWith("script-src")).singleElement()
        .asString().doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
  }

  /** Fails when the head script changes: put the hash it prints into SecurityConfiguration.HEAD_SCRIPT. */
  @ParameterizedTest
  @CsvSource({"/", "/works/search?q=nothing", "/works/987654321"})
  void everyInlineScriptAPageRunsIsAllowedByItsHash(String path) throws Exception {
    Document page = Jsoup.parse(send(HttpRequest.newBuilder(uri(path))).body());

    assertThat(page.select("script:not([src])")).isNotEmpty().allSatisfy(script ->
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).as("the policy's script-src")
            .contains("'sha256-" + sha256(script.data()) + "'"));
  }

  /**
   * A style attribute, a {@code <style>} element, an event handler attribute or another inline
   * script would be refused by the policy: the page would silently lose it.
   */
  @Test
  void noTemplateHasWhatThePolicyWouldRefuse() throws IOException {
    List<String> refused = new ArrayList<>();
    for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
      Document document = Jsoup.parse(template.getContentAsString(UTF_8));
      for (Element element : document.getAllElements()) {
        String where = template.getFilename() + ": <" + element.tagName() + ">";
        if (element.nameIs("style")) {
          refused.add(where);
        }
        if (element.nameIs("script") && !element.hasAttr("src") && !element.hasAttr("th:src")
            && !element.data().isBlank() && !element.data().equals(headScript())) {
          refused.add(where + " inline script");
        }
        for (Attribute attribute : element.attributes()) {
          String name = attribute.getKey().replaceFirst("^(th|data-th):", "");
          if (name.equals("style") || name.startsWith("on") || attribute.getValue().contains("javascript:")
              || name.equals("attr") && attribute.getValue().matches("(?s).*\\b(style|on\\w+)\\s*=.*")) {
            refused.add(where + " " + attribute.getKey());
          }
        }
      }
    }
    assertThat(refused).isEmpty();
  }

  @Test
  void theSessionAndTokenCookiesAreHttpOnlyAndLaxAndSecureBehindTls() throws Exception {
    Account reader = accounts.create(PASSWORD);

    Map<String, String> plain = cookiesOfLogIn(reader, false);
    Map<String, String> behindTls = cookiesOfLogIn(reader, true);

    assertThat(plain).containsKeys("SESSION", "XSRF-TOKEN");
    assertThat(behindTls).containsKeys("SESSION", "XSRF-TOKEN");
    for (Map<String, String> cookies : List.of(plain, behindTls)) {
      assertThat(cookies.values()).allSatisfy(cookie -> assertThat(cookie)
          .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
    }
    assertThat(plain.values()).noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    assertThat(behindTls.values()).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
  }

  /** The cookies set while a visitor takes a token and logs in, by name, as the Set-Cookie headers say. */
  private Map<String, String> cookiesOfLogIn(Account account, boolean forwardedFromTls) throws Exception {
    // Cookies are sent back by hand: a cookie jar would keep a Secure cookie off this plain connection.
    HttpClient visitor = HttpClient.newHttpClient();
    List<String> setCookies = new ArrayList<>();
    HttpRequest.Builder dispenser = HttpRequest.newBuilder(uri("/token_dispenser.json"));
    HttpResponse<String> token = visitor.send(forwarded(dispenser, forwardedFromTls).build(),
        HttpResponse.BodyHandlers.ofString());
    setCookies.addAll(token.headers().allValues("Set-Cookie"));
    Matcher matcher = TOKEN.matcher(token.body());
    assertThat(matcher.find()).as(token.body()).isTrue();

    String form = Map.of("user[login]", account.getUserName(), "user[password]", PASSWORD,
            "authenticity_token", matcher.group(1)).entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder logIn = HttpRequest.newBuilder(uri("/users/login"))
        .header("Cookie", live(setCookies).values().stream().map(cookie -> cookie.substring(0, cookie.indexOf(';')))
            .collect(Collectors.joining("; ")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    HttpResponse<String> loggedIn = visitor.send(forwarded(logIn, forwardedFromTls).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.statusCode()).as("log-in answer").isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location")).as("log-in answer").get().asString().doesNotContain("error");
    setCookies.addAll(loggedIn.headers().allValues("Set-Cookie"));

    return live(setCookies);
  }

  /** The cookies a browser would keep from these Set-Cookie headers, by name: the last of each, none cleared. */
  private static Map<String, String> live(List<String> setCookies) {
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    for (String cookie : setCookies) {
      String name = cookie.substring(0, cookie.indexOf('='));
      if (cookie.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, cookie);
      }
    }
    return cookies;
  }

  private static HttpRequest.Builder forwarded(HttpRequest.Builder request, boolean fromTls) {
    return fromTls ? request.header("X-Forwarded-Proto", "https") : request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String headScript() throws IOException {
    Resource fragments = new PathMatchingResourcePatternResolver().getResource("classpath:templates/fragments.html");
    return Jsoup.parse(fragments.getContentAsString(UTF_8)).select("head script:not([src])").getFirst().data();
  }

  private static String sha256(String script) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
