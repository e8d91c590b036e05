package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Logging in and out over real HTTP, with the header and the account page that follow. */
class LogInTest extends ArchiveTest {

  private static final String PASSWORD = "a quiet library";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired AccountRepository repository;
  @Autowired TransactionTemplate transaction;

  @Test
  void theLogInPageHasAo3sForm() throws Exception {
    Document page = page(new HttpVisitor(port), "/users/login");

    assertThat(page.select("form#new_user[action=/users/login][method=post] input[name=authenticity_token]")).hasSize(1);
    assertThat(page.select("input#user_login[name=\"user[login]\"]")).hasSize(1);
    assertThat(page.select("input#user_password[name=\"user[password]\"][type=password]")).hasSize(1);
    assertThat(page.select("input#user_remember_me[name=\"user[remember_me]\"][type=checkbox]")).hasSize(1);
    assertThat(page.select("label[for=user_login], label[for=user_password], label[for=user_remember_me]")).hasSize(3);
    assertThat(page.select("#header a[href=/users/login]").text()).isEqualTo("Log In");
  }

  @Test
  void aPersonLogsInByNameOrEmailAndTheHeaderNamesThem() throws Exception {
    Account account = accounts.create(PASSWORD);
    HttpVisitor byName = new HttpVisitor(port);
    HttpVisitor byEmail = new HttpVisitor(port);

    HttpResponse<String> name = byName.logIn(account.getUserName(), PASSWORD);
    HttpResponse<String> email = byEmail.logIn(account.getEmail().toUpperCase(), PASSWORD);

    assertThat(name.statusCode()).isEqualTo(302);
    assertThat(name.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    assertThat(email.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    Document home = page(byName, "/");
    assertThat(home.select("#header a[href=/account]").text()).isEqualTo(account.getUserName());
    assertThat(home.select("#header a[href=/users/logout]").text()).isEqualTo("Log Out");
    assertThat(home.select("#header a[href=/users/login]")).isEmpty();
  }

  @Test
  void anUnknownNameAndAWrongPasswordAreAnsweredAlike() throws Exception {
    Account account = accounts.create(PASSWORD);
    HttpVisitor visitor = new HttpVisitor(port);

    HttpResponse<String> unknown = visitor.logIn("nobody" + account.getUserName(), PASSWORD);
    HttpResponse<String> wrong = visitor.logIn(account.getUserName(), "not the password");

    assertThat(unknown.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
    assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/users/login?error");
    assertThat(page(visitor, "/users/login?error").select(".flash.error").text())
        .isEqualTo("The password or user name you entered doesn't match our records. Please try again.");
    assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
  }

  @Test
  void aSuspendedAccountIsToldSoOnlyAfterItsPasswordWasRight() throws Exception {
    Account account = accounts.create(PASSWORD);
    transaction.executeWithoutResult(status -> repository.findById(account.getId()).orElseThrow().setSuspended(true));
    HttpVisitor visitor = new HttpVisitor(port);

    HttpResponse<String> wrong = visitor.logIn(account.getUserName(), "not the password");
    HttpResponse<String> right = visitor.logIn(account.getUserName(), PASSWORD);

    assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/users/login?error");
    assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/users/login?suspended");
    assertThat(page(visitor, "/users/login?suspended").select(".flash.error").text()).contains("suspended");
    assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
  }

  @Test
  void theAccountPageShowsWhoIsLoggedInAndLeadsToWhatTheyManage() throws Exception {
    Account account = accounts.create(PASSWORD, Role.WRANGLER, Role.ADMIN);
    HttpVisitor visitor = new HttpVisitor(port);
    HttpResponse<String> asGuest = visitor.get("/account");
    visitor.logIn(account.getUserName(), PASSWORD);

    Document page = page(visitor, "/account");

    assertThat(asGuest.statusCode()).isEqualTo(302);
    assertThat(asGuest.headers().firstValue("Location").orElseThrow()).endsWith("/users/login");
    assertThat(page.select("dd.user-name").text()).isEqualTo(account.getUserName());
    assertThat(page.select("dd.email").text()).isEqualTo(account.getEmail());
    assertThat(page.select("dd.roles").text()).isEqualTo("wrangler, admin");
    String me = account.getUserName();
    assertThat(page.select("main a").eachAttr("href")).containsExactly("/account/password",
        "/users/" + me + "/pseuds", "/users/" + me + "/works/drafts", "/account/inbox", "/account/subscriptions",
        "/users/" + me + "/readings", "/users/" + me + "/readings?show=to-read", "/account/tokens", "/account/delete",
        "/admin/users", "/admin/reports", "/admin/settings");
  }

  @Test
  void loggingOutIsAPostWithTheTokenAfterWhichTheVisitorIsAGuest() throws Exception {
    Account account = accounts.create(PASSWORD);
    HttpVisitor visitor = new HttpVisitor(port);
    visitor.logIn(account.getUserName(), PASSWORD);

    Document confirm = page(visitor, "/users/logout");
    HttpResponse<String> out = visitor.post("/users/logout", Map.of());

    assertThat(confirm.select("form[action=/users/logout][method=post] input[name=authenticity_token]")).hasSize(1);
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(page(visitor, "/").select("#header a[href=/users/login]")).hasSize(1);
    assertThat(visitor.get("/account").statusCode()).isEqualTo(302);
  }

  private static Document page(HttpVisitor visitor, String path) throws Exception {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}
