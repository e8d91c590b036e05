package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.quire.ArchiveTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Five failed log-ins in 15 minutes per account and per client address; the sixth waits. Each test
 * logs in from addresses of its own, so tests do not share an address's bucket.
 */
class LogInThrottleTest extends ArchiveTest {

  private static final String PASSWORD = "a quiet library";
  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSixthAttemptAfterFiveWrongPasswordsWaitsEvenWithTheRightPassword() throws Exception {
    Account account = accounts.create(PASSWORD);
    String address = newAddress();

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(logIn(account.getUserName(), "wrong " + attempt, address)).endsWith("/users/login?error");
    }
    String sixth = logIn(account.getUserName(), PASSWORD, address);

    assertThat(sixth).endsWith("/users/login?wait=15");
    String page = mvc.perform(get("/users/login?wait=15")).andReturn().getResponse().getContentAsString();
    assertThat(Jsoup.parse(page).select(".flash.error").text())
        .isEqualTo("Too many failed log-ins. Try again in 15 minutes.");
  }

  @Test
  void anAccountsLimitHoldsFromEveryAddressAndForItsEmailToo() throws Exception {
    Account account = accounts.create(PASSWORD);

    for (int attempt = 1; attempt <= 5; attempt++) {
      logIn(attempt % 2 == 0 ? account.getEmail() : account.getUserName(), "wrong", newAddress());
    }

    assertThat(logIn(account.getEmail(), PASSWORD, newAddress())).endsWith("/users/login?wait=15");
    assertThat(jdbc.queryForObject("select count(*) from log_in_bucket where id = ?", Integer.class,
        "account:" + account.getId())).as("kept in the database all nodes share").isOne();
  }

  @Test
  void anAddressGuessingManyNamesIsStoppedAtTheSixth() throws Exception {
    Account account = accounts.create(PASSWORD);
    String address = newAddress();

    for (int attempt = 1; attempt <= 5; attempt++) {
      logIn("nobody" + attempt + account.getUserName(), "guess", address);
    }

    assertThat(logIn(account.getUserName(), PASSWORD, address)).endsWith("/users/login?wait=15");
    assertThat(logIn(account.getUserName(), PASSWORD, newAddress())).doesNotContain("/users/login?");
  }

  @Test
  void rightPasswordsDoNotCountAgainstTheLimit() throws Exception {
    Account account = accounts.create(PASSWORD);
    String address = newAddress();

    for (int attempt = 1; attempt <= 4; attempt++) {
      logIn(account.getUserName(), "wrong", address);
    }
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(logIn(account.getUserName(), PASSWORD, address)).doesNotContain("/users/login?");
    }

    assertThat(logIn(account.getUserName(), "wrong", address)).endsWith("/users/login?error");
    assertThat(logIn(account.getUserName(), PASSWORD, address)).endsWith("/users/login?wait=15");
  }

  /** Where the log-in sends the browser. */
  private String logIn(String login, String password, String address) throws Exception {
    return mvc.perform(post("/users/login")
            .param("user[login]", login)
            .param("user[password]", password)
            .with(TestAccounts.csrf())
            .with(request -> {
              request.setRemoteAddr(address);
              return request;
            }))
        .andReturn().getResponse().getRedirectedUrl();
  }

  private static String newAddress() {
    int n = NEXT_ADDRESS.getAndIncrement();
    return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
  }
}
