package dev.quire.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every malformed request to every surface that searches — the search page, all works, a tag's
 * page, the JSON API, the OPDS search and a tag's feeds — answers 400 with a sentence saying what
 * is wrong, never a 500, a stack trace or Spring's default error body. Asked over HTTP, as a
 * browser, a script or a reading app would.
 */
class MalformedRequestTest extends ArchiveTest {

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  /** Queries AO3's syntax cannot read, with a word the explanation must contain. */
  static final List<Named<String[]>> QUERIES = List.of(
      bad("an unclosed quote", "q=" + encode("\""), "quotation mark"),
      bad("a lone NOT", "q=NOT", "NOT"),
      bad("AND with nothing after it", "q=" + encode("a AND"), "AND"),
      bad("a field without a value", "q=" + encode("fandom:"), "fandom"),
      bad("a range of no numbers", "q=" + encode("kudos:-5-"), "'kudos'"),
      bad("a count too long for any number", "q=" + encode("kudos:9,999,999,999,999,999,999"), "'kudos'"),
      bad("parentheses 2,500 deep", "q=" + "(".repeat(2_500) + "a" + ")".repeat(2_500), "deep"),
      bad("NOT 5,000 times", "q=" + encode("-".repeat(5_000) + "a"), "deep"));

  /** Parameters of the wrong kind, with the parameter the explanation must name. */
  static final List<Named<String[]>> PARAMETERS = List.of(
      bad("facets that is not true or false", "facets=maybe", "'facets'"),
      bad("singleChapter that is not true or false", "singleChapter=perhaps", "'singleChapter'"),
      bad("an order that is neither asc nor desc", "order=sideways", "order"),
      bad("an unknown sort", "sort=sideways", "sort"),
      bad("a damaged cursor", "after=not-a-cursor", "'after'"),
      bad("a page that is not a number", "page=two", "'page'"),
      bad("page zero", "page=0", "'page'"),
      bad("a page past the last", "page=5001", "'page'"),
      bad("both page and after", "page=2&after=AAAA", "'after'"),
      bad("more of an unknown kind", "more=colour", "'more'"),
      bad("a filter of a kind with no name", "include=fandom:", "'fandom:'"),
      bad("a creator filter with no name", "exclude=creator:", "'creator:'"));

  static Stream<Arguments> pageRequests() {
    List<Arguments> requests = new ArrayList<>();
    for (String page : List.of("/works/search", "/works", "/tags/General%20Audiences")) {
      Stream.concat(QUERIES.stream(), PARAMETERS.stream())
          .forEach(bad -> requests.add(Arguments.of(page, bad)));
    }
    return requests.stream();
  }

  static Stream<Named<String[]>> apiRequests() {
    return Stream.concat(QUERIES.stream(), PARAMETERS.stream());
  }

  static Stream<Named<String[]>> opdsRequests() {
    return QUERIES.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("pageRequests")
  void aPageExplainsAMalformedRequestWithA400(String path, String[] bad) throws Exception {
    HttpResponse<String> response = get(path + "?" + bad[0], "text/html");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(response.body()).select("main .error").text()).contains(bad[1]);
    assertThat(response.body()).doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apiRequests")
  void theApiAnswersAMalformedRequestWithA400AndAMessage(String[] bad) throws Exception {
    HttpResponse<String> response = get("/api/v1/works?" + bad[0], "application/json");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JsonMapper.builder().build().readTree(response.body());
    assertThat(body.propertyNames()).containsExactly("message");
    assertThat(body.get("message").asString()).contains(bad[1]).doesNotContain("Exception");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("opdsRequests")
  void theOpdsSearchAnswersAMalformedQueryWithA400AndASentence(String[] bad) throws Exception {
    HttpResponse<String> response = get("/opds/search?" + bad[0], "application/atom+xml");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body()).contains(bad[1]).doesNotContain("Exception", "\tat ");
  }

  @Test
  void manyEmptyFiltersAreIgnored() throws Exception {
    String empty = "include=&".repeat(60) + "exclude=" + encode(",".repeat(60));

    assertThat(get("/api/v1/works?" + empty, "application/json").statusCode()).isEqualTo(200);
    assertThat(get("/works/search?" + empty, "text/html").statusCode()).isEqualTo(200);
  }

  @Test
  void aFeedOfAFilterThatNamesNoTagIsRefusedWithASentence() throws Exception {
    for (String slug : List.of("fandom:", "creator:")) {
      HttpResponse<String> response = get("/tags/" + slug + "/feed.atom", "application/atom+xml");

      assertThat(response.statusCode()).as(slug).isEqualTo(400);
      assertThat(response.body()).as(slug).contains("names no tag");
    }
  }

  @Test
  void aFeedOfATagNamedWithQuerySignsIsAnEmptyFeed() throws Exception {
    for (String slug : List.of("%22", "(((", "NOT", "a%20AND")) {
      assertThat(get("/tags/" + slug + "/feed.atom", "application/atom+xml").statusCode()).as(slug).isEqualTo(200);
    }
  }

  HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
        .header("Accept", accept).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static Named<String[]> bad(String what, String query, String explanation) {
    return Named.of(what, new String[] {query, explanation});
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
