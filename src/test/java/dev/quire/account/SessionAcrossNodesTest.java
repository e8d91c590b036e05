package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.ClusterServers;
import dev.quire.QuireApplication;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of one archive on the cluster's servers, as a load balancer hands a visitor's requests
 * to either: a log-in made on one node holds on the other (sessions are rows of Spring Session's
 * tables) and a form opened on one posts on the other (the CSRF token is a cookie, not session
 * state). Skipped without the cluster ({@link ClusterServers}), failed for want of it on CI.
 */
class SessionAcrossNodesTest {

  private static final String PASSWORD = "a lantern by the ferry";

  private static ConfigurableApplicationContext one;
  private static ConfigurableApplicationContext two;

  @BeforeAll
  static void startTwoNodes() {
    ClusterServers.assumeAvailable();
    String archive = ClusterServers.newName();
    one = node(archive);
    two = node(archive);
  }

  @AfterAll
  static void stopNodes() {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {two, one}) {
      if (node != null) {
        node.close();
      }
    }
  }

  /** A node serving {@code archive}'s schema and indexes, with a data folder of its own. */
  private static ConfigurableApplicationContext node(String archive) {
    List<String> args = new ArrayList<>();
    ClusterServers.register((name, value) -> args.add("--" + name + "=" + value.get()), archive, true);
    args.add("--quire.data=" + ArchiveTest.newDataFolder());
    args.add("--server.port=0");
    return SpringApplication.run(QuireApplication.class, args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext node) {
    return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @Test
  void aLogInOnOneNodeHoldsOnTheOtherUntilItsLogOut() throws Exception {
    Account account = one.getBean(TestAccounts.class).create(PASSWORD);
    HttpVisitor onOne = new HttpVisitor(port(one));
    HttpVisitor onTwo = onOne.at(port(two));

    assertThat(onOne.logIn(account.getUserName(), PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> accountPage = onTwo.get("/account");
    assertThat(accountPage.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(accountPage.body()).select("#header a[href=/account]").text())
        .isEqualTo(account.getUserName());

    assertThat(onTwo.post("/users/logout", Map.of()).statusCode()).isEqualTo(302);
    assertThat(onOne.get("/account").statusCode()).isEqualTo(302);
  }

  @Test
  void aFormOpenedOnOneNodePostsOnTheOther() throws Exception {
    Account account = one.getBean(TestAccounts.class).create(PASSWORD);
    HttpVisitor onOne = new HttpVisitor(port(one));
    HttpVisitor onTwo = onOne.at(port(two));
    onOne.logIn(account.getUserName(), PASSWORD);

    Document form = Jsoup.parse(onTwo.get("/works/new").body());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("authenticity_token", form.select("form.post.work input[name=authenticity_token]").val());
    fields.put("title", "Across the Ferry " + account.getUserName());
    fields.put("rating", "General Audiences");
    fields.put("warnings", "No Archive Warnings Apply");
    fields.put("fandoms", "Original Work");
    fields.put("chapterText", "They crossed the river at dusk.");
    fields.put("action", "post");
    HttpResponse<String> posted = onOne.submit("/works", fields);

    assertThat(posted.statusCode()).isEqualTo(302);
    String work = URI.create(posted.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(work).matches("/works/\\d+");
    HttpResponse<String> page = onTwo.get(work);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select("h2.title").text()).isEqualTo(fields.get("title"));
  }
}
