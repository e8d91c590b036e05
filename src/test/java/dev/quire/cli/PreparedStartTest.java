package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.ClusterServers;
import dev.quire.account.HttpVisitor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quire import} and {@code quire serve} as the launcher starts them, from the bean
 * definitions the build prepared ahead of time ({@link PreparedStart}): the archive they make
 * imports, reads, writes, searches and refuses as one that evaluated every condition does, on
 * either deployment; and a setting that a condition reads makes the start evaluate them all again.
 */
@Tag(ArchiveTest.WHOLE_ARCHIVE)
class PreparedStartTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> ASKED = List.of("-D" + PreparedStart.ASKED + "=true");
  private static final String PREPARED_LINE = "Starting AOT-processed QuireApplication";
  private static final String NOT_PREPARED_LINE = "Starting without the bean definitions prepared by the build";

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void anArchiveStartedFromThePreparedDefinitionsImportsServesTakesAnEditorsDecisionAndSearchesIt(@TempDir Path files)
      throws Exception {
    String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
    Path story = Files.writeString(files.resolve("kitchens.txt"),
        "Disclaimer: I do not own Merlin, nor any of its characters.\n\n"
            + "The castle kitchens were warm and the bread was rising in its tins. " + word + "\n");
    Path data = ArchiveTest.newDataFolder();
    List<String> config = deployment(files);
    // The import runs as the launcher runs it, from the commands' prepared definitions: the JVM's
    // log of the classes it loaded shows that it read them.
    Path classesLoaded = files.resolve("classes-loaded.txt");
    List<String> importing = new ArrayList<>(List.of("import", "--data", data.toString(), "--json", story.toString()));
    importing.addAll(config);
    List<String> logged = new ArrayList<>(ASKED);
    logged.add("-Xlog:class+load=info:file=" + classesLoaded);
    QuireProcess.Ended imported;
    try (QuireProcess command = QuireProcess.start(data, logged, importing.toArray(String[]::new))) {
      imported = command.awaitEnd(Duration.ofMinutes(2));
      assertThat(imported.exitCode()).as("the import's exit code\n" + command.log()).isZero();
    }
    assertThat(Files.readString(classesLoaded)).as("the classes the import loaded")
        .contains(PreparedStart.COMMANDS).contains("Importer__CommandsBeanDefinitions");
    long work = JSON.readTree(String.join("\n", imported.stdout()))
        .get("files").get(0).get("workId").asLong();
    String password = JSON.readTree(run(config, "user", "add", "editor", "--email",
        "editor@example.org", "--role", "wrangler", "--json", "--data", data.toString()).stdout())
        .get("password").asString();

    int port = QuireProcess.freePort();
    List<String> serve = new ArrayList<>(List.of("serve", "--data", data.toString(), "--port", String.valueOf(port)));
    serve.addAll(config);
    try (QuireProcess server = QuireProcess.start(data, ASKED, serve.toArray(String[]::new))) {
      List<String> started = server.readUntil(line -> line.startsWith("Quire is serving"));
      assertThat(started).as("the start's log").anyMatch(line -> line.contains(PREPARED_LINE))
          .noneMatch(line -> line.contains(NOT_PREPARED_LINE));

      HttpVisitor reader = new HttpVisitor(port);
      Document page = Jsoup.parse(reader.get("/works/" + work + "?view_adult=true").body());
      assertThat(page.select("#chapters").text()).as("the work's text").contains(word);
      assertThat(reader.get("/works/" + (work + 1000)).statusCode()).as("a work that is not there").isEqualTo(404);
      assertThat(reader.get("/css/quire.css").statusCode()).as("the style sheet").isEqualTo(200);
      assertThat(reader.post(page.select(".suggestion.fandom form[action$=/accept]").attr("action"), Map.of())
          .statusCode()).as("a visitor who is not logged in deciding a suggestion").isIn(302, 403);

      HttpVisitor editor = new HttpVisitor(port);
      assertThat(editor.logIn("editor", password).statusCode()).as("logging in").isEqualTo(302);
      String renamed = "Merlin (Kitchen AU " + word + ")";
      String accept = page.select(".suggestion.fandom form[action$=/accept]").attr("action");
      assertThat(accept).as("the fandom suggestion's form").isNotEmpty();
      HttpResponse<String> answer = editor.post(accept, Map.of("name", renamed));
      assertThat(answer.statusCode()).as("the editor's decision").isEqualTo(302);

      Document decided = Jsoup.parse(reader.get("/works/" + work + "?view_adult=true").body());
      assertThat(decided.select("dd.fandom.tags a.tag").eachText()).as("the page").containsExactly(renamed);
      HttpResponse<String> found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
          "http://localhost:" + port + "/api/v1/works?facets=false&q="
              + URLEncoder.encode("fandom:\"" + renamed + "\"", StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(found.statusCode()).as("search").isEqualTo(200);
      assertThat(JSON.readTree(found.body()).get("total").asLong()).as("search").isEqualTo(1);
      server.stop();
    }
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void aSettingThatAConditionReadsMakesTheStartEvaluateThemAgainAndSaysWhich(@TempDir Path files) throws Exception {
    Path data = ArchiveTest.newDataFolder();
    int port = QuireProcess.freePort();
    List<String> serve = new ArrayList<>(List.of("serve", "--data", data.toString(), "--port", String.valueOf(port)));
    serve.addAll(deployment(files, "spring.mail.host=127.0.0.1", "spring.mail.port=" + QuireProcess.freePort()));
    try (QuireProcess server = QuireProcess.start(data, ASKED, serve.toArray(String[]::new))) {
      List<String> started = server.readUntil(line -> line.startsWith("Quire is serving"));
      assertThat(started).as("the start's log")
          .anyMatch(line -> line.contains(NOT_PREPARED_LINE + ": the setting spring.mail.host may change them."))
          .noneMatch(line -> line.contains(PREPARED_LINE));
      assertThat(new HttpVisitor(port).get("/").statusCode()).as("the home page").isEqualTo(200);
      server.stop();
    }
  }

  /**
   * The command line's settings for this run's deployment, with {@code settings} too: none for
   * the embedded one without settings; otherwise a {@code --config} file, on the cluster of Quire's
   * own settings naming a schema made for this test, as an operator writes one.
   */
  private static List<String> deployment(Path files, String... settings) throws Exception {
    List<String> lines = new ArrayList<>(List.of(settings));
    if (ArchiveTest.onCluster()) {
      String name = ClusterServers.newName();
      String url = env("QUIRE_TEST_DATABASE_URL");
      try (var connection = DriverManager.getConnection(url, env("QUIRE_TEST_DATABASE_USER"), env("QUIRE_TEST_DATABASE_PASSWORD"));
          var statement = connection.createStatement()) {
        statement.execute("create schema " + name);
      }
      lines.addAll(List.of(
          "quire.database.url=" + ClusterServers.withSchema(url, name),
          "quire.database.user=" + env("QUIRE_TEST_DATABASE_USER"),
          "quire.database.password=" + env("QUIRE_TEST_DATABASE_PASSWORD"),
          "quire.search.hosts=" + env("QUIRE_TEST_SEARCH_HOSTS"),
          "quire.search.index-prefix=" + name + "-",
          "quire.search.coordination=none"));
    }
    if (lines.isEmpty()) {
      return List.of();
    }
    Path config = Files.writeString(files.resolve("settings.properties"), String.join("\n", lines) + "\n");
    return List.of("--config", config.toString());
  }

  private static CommandRun run(List<String> config, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(config);
    CommandRun run = CommandRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.stderr()).isZero();
    return run;
  }

  private static String env(String name) {
    return Optional.ofNullable(System.getenv(name)).orElseThrow(() -> new IllegalStateException(name + " is not set"));
  }
}
