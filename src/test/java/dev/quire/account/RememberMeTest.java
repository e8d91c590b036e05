package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Remember me": a browser stays logged in after its session is gone, until it logs out. */
class RememberMeTest extends ArchiveTest {

  private static final String PASSWORD = "a quiet library";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRememberedBrowserIsLoggedInWithoutItsSessionByAnHttpOnlyLaxCookie() throws Exception {
    Account account = accounts.create(PASSWORD);
    HttpVisitor visitor = new HttpVisitor(port);

    HttpResponse<String> logIn = visitor.post("/users/login", Map.of(
        "user[login]", account.getUserName(), "user[password]", PASSWORD, "user[remember_me]", "1"));

    String cookie = rememberMeCookie(logIn.headers().allValues("Set-Cookie"));
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
        account.getUserName())).isOne();
    HttpResponse<String> later = withOnly(cookie, "/account");
    assertThat(later.statusCode()).isEqualTo(200);
    assertThat(later.body()).contains(account.getUserName());
  }

  @Test
  void withoutTheBoxTickedNothingIsRemembered() throws Exception {
    Account account = accounts.create(PASSWORD);

    HttpResponse<String> logIn = new HttpVisitor(port).logIn(account.getUserName(), PASSWORD);

    assertThat(logIn.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("remember_user_token="));
  }

  @Test
  void loggingOutForgetsTheBrowser() throws Exception {
    Account account = accounts.create(PASSWORD);
    HttpVisitor visitor = new HttpVisitor(port);
    String cookie = rememberMeCookie(visitor.post("/users/login", Map.of(
        "user[login]", account.getUserName(), "user[password]", PASSWORD, "user[remember_me]", "1"))
        .headers().allValues("Set-Cookie"));

    visitor.post("/users/logout", Map.of());

    assertThat(withOnly(cookie, "/account").statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select count(*) from persistent_logins where username = ?", Integer.class,
        account.getUserName())).isZero();
  }

  private static String rememberMeCookie(List<String> setCookies) {
    return setCookies.stream().filter(c -> c.startsWith("remember_user_token=")).findFirst().orElseThrow();
  }

  /** A request from a browser that kept nothing but the remember-me cookie. */
  private HttpResponse<String> withOnly(String setCookie, String path) throws Exception {
    String pair = setCookie.substring(0, setCookie.indexOf(';'));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Cookie", pair).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }
}
