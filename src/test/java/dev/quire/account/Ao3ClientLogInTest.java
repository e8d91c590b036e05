package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TestWorks;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkRepository;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An AO3 client logs in as FanFicFare's {@code base_otw_adapter.py} does ({@code performLogin}):
 * a token from {@code /token_dispenser.json}, then {@code POST /users/login} with its fields,
 * redirects followed, success known by a log-out link on the page it lands on; then it reads a
 * work that only registered users may read.
 */
class Ao3ClientLogInTest extends ArchiveTest {

  /** What FanFicFare looks for to know it is logged in. */
  private static final String LOGOUT_STR = "href=\"/users/logout";
  private static final String PASSWORD = "a quiet library";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired WorkPublisher publisher;
  @Autowired WorkRepository works;
  @Autowired TransactionTemplate transaction;

  /** Like FanFicFare's requests session: cookies kept, redirects followed. */
  private final HttpClient client = HttpClient.newBuilder()
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NORMAL)
      .build();

  @Test
  void logsInAsFanFicFareDoesAndReadsARestrictedWork() throws Exception {
    Account account = accounts.create(PASSWORD);
    String title = "Registered Only " + TestWorks.marker();
    long id = TestWorks.publish(publisher, StoryDocument.builder()
        .title(title).creator("Lamplighter").tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.FANDOM, "Original Work")
        .chapter(new StoryChapter(null, null, null, "<p>The lamp was lit at dusk.</p>"))
        .build());
    transaction.executeWithoutResult(status -> works.findById(id).orElseThrow().setRestricted(true));

    String token = JsonMapper.builder().build().readTree(get("/token_dispenser.json").body()).get("token").asString();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("user[login]", account.getUserName());
    params.put("user[password]", PASSWORD);
    params.put("user[remember_me]", "1");
    params.put("commit", "Log in");
    params.put("utf8", "\u2713");
    params.put("authenticity_token", token);
    HttpResponse<String> loggedIn = post("/users/login", params);

    assertThat(loggedIn.statusCode()).isEqualTo(200);
    assertThat(loggedIn.body()).contains(LOGOUT_STR);
    HttpResponse<String> navigate = get("/works/" + id + "/navigate");
    HttpResponse<String> work = get("/works/" + id);
    assertThat(navigate.statusCode()).isEqualTo(200);
    assertThat(navigate.body()).contains(title).contains(LOGOUT_STR);
    assertThat(work.statusCode()).isEqualTo(200);
    assertThat(work.body()).contains(title);
  }

  @Test
  void aWrongPasswordLandsOnAo3sMessage() throws Exception {
    Account account = accounts.create(PASSWORD);
    String token = JsonMapper.builder().build().readTree(get("/token_dispenser.json").body()).get("token").asString();

    HttpResponse<String> failed = post("/users/login", Map.of(
        "user[login]", account.getUserName(), "user[password]", "guessed", "authenticity_token", token));

    assertThat(failed.body()).doesNotContain(LOGOUT_STR)
        .contains("The password or user name you entered doesn't match our records");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
