package dev.quire.security;

import static dev.quire.security.AuthorizationMatrixTest.Visitor.ADMIN;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.ARCHIVIST;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.CO_CREATOR;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.CREATOR;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.GUEST;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.MODERATOR;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.READER;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.SUSPENDED;
import static dev.quire.security.AuthorizationMatrixTest.Visitor.WRANGLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.ArchiveTest;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.security.MatrixFixture.FixtureWork;
import dev.quire.security.MatrixFixture.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * One table says who gets what from every endpoint: each handler method Spring knows (pattern ×
 * HTTP method) is asked by every kind of visitor, and the answer must be the one the table names.
 * An endpoint the table does not name fails the build with its name, so a new endpoint cannot
 * ship without someone deciding who may use it.
 *
 * <p>Outcomes are written as the status ({@code "200"}, {@code "403"}, {@code "404"}) or
 * {@code "login"}: a redirect to the log-in page, what a guest gets from a page that needs an
 * account. Every request carries a valid CSRF token, so what is tested is who may, not forgery
 * (SecurityHeadersTest and the controllers' tests cover that).
 */
class AuthorizationMatrixTest extends ArchiveTest {

  /** The kinds of visitor; CREATOR and CO_CREATOR are credited on every fixture work, ARCHIVIST imported them. */
  enum Visitor { GUEST, READER, CREATOR, CO_CREATOR, WRANGLER, ARCHIVIST, MODERATOR, ADMIN, SUSPENDED }

  static final String LOGIN = "login";
  static final String OK = "200";

  /** THE RULES: one per endpoint, each with one probe or more (a work of each kind, say). */
  static final List<Rule> RULES = List.of(
      // Lists, feeds and catalogs: open to everyone; what each lists is the access policy's (WorkQueryTest).
      open("GET", "/", f -> get("/")),
      open("GET", "/works", f -> get("/works")),
      open("GET", "/works/search", f -> get("/works/search").param("q", "kitchen")),
      open("GET", "/works/feed.atom", f -> get("/works/feed.atom")),
      open("GET", "/fandoms", f -> get("/fandoms")),
      open("GET", "/tags", f -> get("/tags")),
      open("GET", "/tags/{slug}", f -> get("/tags/{slug}", f.tagSlug())),
      open("GET", "/tags/{slug}/works", f -> get("/tags/{slug}/works", f.tagSlug())),
      open("GET", "/tags/{slug}/feed.atom", f -> get("/tags/{slug}/feed.atom", f.tagSlug())),
      open("GET", "/opds", f -> get("/opds")),
      open("GET", "/opds/", f -> get("/opds/")),
      open("GET", "/opds/recent", f -> get("/opds/recent")),
      open("GET", "/opds/tags", f -> get("/opds/tags")),
      open("GET", "/opds/tags/{kind}", f -> get("/opds/tags/{kind}", "rating")),
      open("GET", "/opds/tags/{kind}/{slug}", f -> get("/opds/tags/{kind}/{slug}", "rating", f.tagSlug())),
      open("GET", "/opds/creators", f -> get("/opds/creators")),
      open("GET", "/opds/creators/{id}", f -> get("/opds/creators/{id}", f.creatorPseudId())),
      open("GET", "/opds/search", f -> get("/opds/search").param("q", "kitchen")),
      open("GET", "/opds/opensearch.xml", f -> get("/opds/opensearch.xml")),
      open("GET", "/api/v1/works", f -> get("/api/v1/works")),
      open("GET", "/imports", f -> get("/imports")),
      open("GET", "/imports/{id}", f -> get("/imports/{id}", f.importRunId())),
      open("GET", "/suggestions", f -> get("/suggestions")),
      open("GET", "/token_dispenser.json", f -> get("/token_dispenser.json")),

      // People's pages.
      rule("GET", "/users/{user}", probe("", f -> get("/users/{user}", f.creatorName()), Expect.all("302"))),
      open("GET", "/users/{user}/works", f -> get("/users/{user}/works", f.creatorName())),
      open("GET", "/users/{user}/pseuds/{pseud}", f -> get("/users/{user}/pseuds/{pseud}", f.creatorName(), f.creatorName())),

      // A work and what belongs to it, read: a work of each kind.
      reading("GET", "/works/{id}", w -> get("/works/{id}", w.id())),
      reading("GET", "/works/{id}/navigate", w -> get("/works/{id}/navigate", w.id())),
      reading("GET", "/works/{id}/chapters", "302", w -> get("/works/{id}/chapters", w.id())),
      reading("GET", "/works/{id}/chapters/{chapterId}", w -> get("/works/{id}/chapters/{c}", w.id(), w.chapterId())),
      reading("GET", "/chapters/{chapterId}", "302", w -> get("/chapters/{c}", w.chapterId())),
      reading("GET", "/works/{id}/original", w -> get("/works/{id}/original", w.id())),
      reading("GET", "/works/{id}/originals/{sha256}", w -> get("/works/{id}/originals/{s}", w.id(), w.sha256())),
      reading("GET", "/api/v1/works/{id}", w -> get("/api/v1/works/{id}", w.id())),
      reading("GET", "/downloads/{id}/{file}",
          w -> get(DownloadAddress.ofWork(w.id(), w.title(), DownloadFormat.EPUB))),
      reading("GET", "/downloads/{id}/adult", w -> get("/downloads/{id}/adult", w.id())),
      reading("GET", "/series/{id}", w -> get("/series/{id}", w.seriesId())),
      reading("GET", "/downloads/series/{id}/{file}", w -> get(DownloadAddress.ofSeries(w.seriesId(), w.seriesTitle()))),
      reading("GET", "/downloads/series/{id}/adult", w -> get("/downloads/series/{id}/adult", w.seriesId())),

      // Tag suggestions: the work's creators, wranglers, the archivist who imported it and admins decide.
      deciding("POST", "/works/{id}/suggestions/{suggestionId}/accept",
          (f, w) -> post("/works/{id}/suggestions/{s}/accept", w.id(), f.newSuggestion(w))),
      deciding("POST", "/works/{id}/suggestions/{suggestionId}/reject",
          (f, w) -> post("/works/{id}/suggestions/{s}/reject", w.id(), f.newSuggestion(w))),
      deciding("POST", "/works/{id}/suggestions/accept-all",
          (f, w) -> post("/works/{id}/suggestions/accept-all", w.id()).with(r -> {
            f.newSuggestion(w);
            return r;
          })),

      // Spring Boot's own error page: reached by an error dispatch, never by a link.
      unprobed("*", "/error", "an error dispatch renders it; SecurityHeadersTest reads error pages over HTTP"));

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired MatrixFixture fixtures;

  @Test
  void everyEndpointSpringKnowsHasARuleAndEveryRuleAnEndpoint() {
    Set<String> endpoints = endpoints();
    Set<String> ruled = RULES.stream().map(Rule::endpoint).collect(Collectors.toCollection(TreeSet::new));

    assertThat(endpoints).as("endpoints with no rule in AuthorizationMatrixTest.RULES").isSubsetOf(ruled);
    assertThat(ruled).as("rules for endpoints that no longer exist").isSubsetOf(endpoints);
    assertThat(RULES).extracting(Rule::endpoint).as("endpoints with two rules").doesNotHaveDuplicates();
  }

  @TestFactory
  Stream<DynamicTest> everyVisitorGetsWhatTheRulesSay() {
    MatrixFixture.Fixture fixture = fixtures.create();
    return RULES.stream().flatMap(rule -> rule.probes().stream().map(probe -> {
      String name = rule.endpoint() + (probe.name().isEmpty() ? "" : " [" + probe.name() + "]");
      return DynamicTest.dynamicTest(name, () -> assertOutcomes(name, fixture, probe));
    }));
  }

  private void assertOutcomes(String name, MatrixFixture.Fixture fixture, Probe probe) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Visitor visitor : Visitor.values()) {
      MockHttpServletRequestBuilder request = probe.request().apply(fixture)
          .with(visitor == GUEST ? csrf() : fixtures.as(fixture.account(visitor)));
      String seen = outcome(mvc.perform(request).andReturn().getResponse());
      if (!seen.equals(probe.expected().get(visitor))) {
        wrong.add(visitor + " got " + seen + ", not " + probe.expected().get(visitor));
      }
    }
    assertThat(wrong).as(name).isEmpty();
  }

  private static String outcome(MockHttpServletResponse response) {
    String location = response.getRedirectedUrl();
    if (response.getStatus() / 100 == 3 && location != null && location.replaceFirst("^https?://[^/]+", "").startsWith("/users/login")) {
      return LOGIN;
    }
    return Integer.toString(response.getStatus());
  }

  /** Every pattern × HTTP method of every request-mapping handler mapping ({@code *}: any method). */
  private Set<String> endpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
            .collect(Collectors.toSet());
        for (String pattern : info.getPatternValues()) {
          for (String method : methods.isEmpty() ? Set.of("*") : methods) {
            endpoints.add(method + " " + pattern);
          }
        }
      }
    }
    return endpoints;
  }

  // ---- the table's vocabulary ----

  /** What one endpoint answers, asked one way or more; or why it is not asked ({@code unprobed}). */
  record Rule(String method, String pattern, List<Probe> probes, String unprobed) {
    String endpoint() {
      return method + " " + pattern;
    }
  }

  /** One request, and what each visitor must get from it. */
  record Probe(String name, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request,
      Map<Visitor, String> expected) {}

  /** The same outcome for everyone, but some. */
  static final class Expect {
    private final Map<Visitor, String> outcomes = new EnumMap<>(Visitor.class);

    static Expect all(String outcome) {
      Expect expect = new Expect();
      Arrays.stream(Visitor.values()).forEach(v -> expect.outcomes.put(v, outcome));
      return expect;
    }

    Expect but(String outcome, Visitor... visitors) {
      Arrays.stream(visitors).forEach(v -> outcomes.put(v, outcome));
      return this;
    }

    Map<Visitor, String> outcomes() {
      return new EnumMap<>(outcomes);
    }
  }

  static Rule rule(String method, String pattern, Probe... probes) {
    return new Rule(method, pattern, List.of(probes), null);
  }

  static Probe probe(String name, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request, Expect expect) {
    return new Probe(name, request, expect.outcomes());
  }

  /** Everyone, guests included, gets 200. */
  static Rule open(String method, String pattern, Function<MatrixFixture.Fixture, MockHttpServletRequestBuilder> request) {
    return rule(method, pattern, probe("", request, Expect.all(OK)));
  }

  /** Known to Spring, not asked here, for the reason given. */
  static Rule unprobed(String method, String pattern, String reason) {
    return new Rule(method, pattern, List.of(), reason);
  }

  /** Reading a work of each kind: who may read it gets 200, who may not, a 404 that says nothing. */
  static Rule reading(String method, String pattern, Function<FixtureWork, MockHttpServletRequestBuilder> request) {
    return reading(method, pattern, OK, request);
  }

  /** Reading a work of each kind, where a reader gets {@code read} (a redirect, say). */
  static Rule reading(String method, String pattern, String read, Function<FixtureWork, MockHttpServletRequestBuilder> request) {
    Map<Kind, Expect> readers = new LinkedHashMap<>();
    readers.put(Kind.PUBLISHED, Expect.all(read));
    readers.put(Kind.RESTRICTED, Expect.all(read).but("404", GUEST));
    readers.put(Kind.DRAFT, Expect.all("404").but(read, CREATOR, CO_CREATOR, ADMIN));
    readers.put(Kind.HIDDEN, Expect.all("404").but(read, MODERATOR, ADMIN));
    return eachKind(method, pattern, readers, (f, w) -> request.apply(w));
  }

  /**
   * Deciding a work's tag suggestion: its creators, wranglers, the archivist who imported it and
   * admins, on a work they may read; who cannot read it gets a 404, a guest the log-in page.
   */
  static Rule deciding(String method, String pattern,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    String done = "302";
    Map<Kind, Expect> deciders = new LinkedHashMap<>();
    deciders.put(Kind.PUBLISHED, Expect.all("403").but(done, CREATOR, CO_CREATOR, WRANGLER, ARCHIVIST, ADMIN).but(LOGIN, GUEST));
    deciders.put(Kind.RESTRICTED, Expect.all("403").but(done, CREATOR, CO_CREATOR, WRANGLER, ARCHIVIST, ADMIN).but(LOGIN, GUEST));
    deciders.put(Kind.DRAFT, Expect.all("404").but(done, CREATOR, CO_CREATOR, ADMIN).but(LOGIN, GUEST));
    deciders.put(Kind.HIDDEN, Expect.all("404").but("403", MODERATOR).but(done, ADMIN).but(LOGIN, GUEST));
    return eachKind(method, pattern, deciders, request);
  }

  private static Rule eachKind(String method, String pattern, Map<Kind, Expect> expected,
      java.util.function.BiFunction<MatrixFixture.Fixture, FixtureWork, MockHttpServletRequestBuilder> request) {
    List<Probe> probes = new ArrayList<>();
    expected.forEach((kind, expect) -> probes.add(
        probe(kind.name().toLowerCase(), f -> request.apply(f, f.work(kind)), expect)));
    return new Rule(method, pattern, probes, null);
  }
}
