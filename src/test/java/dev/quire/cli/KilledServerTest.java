package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.HttpVisitor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quire serve} killed with SIGKILL the moment it has answered an editor's decision: what it
 * acknowledged is on disk, and the page and search agree on it after the restart.
 */
class KilledServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void anAcceptedSuggestionAnsweredBeforeAKillIsKeptAndSearchAgreesWithThePage(@TempDir Path files) throws Exception {
    String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
    Path story = Files.writeString(files.resolve("kitchens.txt"),
        "Disclaimer: I do not own Merlin, nor any of its characters.\n\n"
            + "The castle kitchens were warm and the bread was rising in its tins. " + word + "\n");
    Path data = ArchiveTest.newDataFolder();
    long work = JsonMapper.builder().build()
        .readTree(CommandRun.of("import", "--data", data.toString(), "--json", story.toString()).stdout())
        .get("files").get(0).get("workId").asLong();
    String renamed = "Merlin (Kitchen AU " + word + ")";
    String password = JsonMapper.builder().build().readTree(CommandRun.of("user", "add", "editor", "--email",
        "editor@example.org", "--role", "wrangler", "--json", "--data", data.toString()).stdout())
        .get("password").asString();

    int port = QuireProcess.freePort();
    String base = "http://localhost:" + port;
    try (QuireProcess server = QuireProcess.start(data, "serve", "--data", data.toString(), "--port", String.valueOf(port))) {
      server.readUntil(line -> line.startsWith("Quire is serving"));
      Document page = Jsoup.parse(get(base + "/works/" + work + "?view_adult=true").body());
      String accept = page.select(".suggestion.fandom form[action$=/accept]").attr("action");
      assertThat(accept).as("the fandom suggestion's form").isNotEmpty();

      HttpVisitor editor = new HttpVisitor(port);
      assertThat(editor.logIn("editor", password).statusCode()).as("logging in").isEqualTo(302);
      HttpResponse<String> answer = editor.post(accept, Map.of("name", renamed));
      server.kill();

      assertThat(answer.statusCode()).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElse(""))
          .as("the accept's answer is the work, not a way back to logging in").doesNotContain("login");
    }

    try (ConfigurableApplicationContext archive = Archive.serve(data, null, 0)) {
      String reopened = "http://localhost:" + archive.getEnvironment().getProperty("local.server.port");
      Document page = Jsoup.parse(get(reopened + "/works/" + work + "?view_adult=true").body());
      assertThat(page.select("dd.fandom.tags a.tag").eachText()).as("the page").containsExactly(renamed);
      String found = get(reopened + "/api/v1/works?facets=false&q="
          + URLEncoder.encode("fandom:\"" + renamed + "\"", StandardCharsets.UTF_8)).body();
      assertThat(JsonMapper.builder().build().readTree(found).get("total").asLong()).as("search").isEqualTo(1);
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response;
  }
}
