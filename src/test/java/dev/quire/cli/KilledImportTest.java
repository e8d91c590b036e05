package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code quire import} killed with SIGKILL part-way, as {@code kill -9} kills it: its works are
 * committed a batch at a time while their index writes wait for the end of the run, so the kill
 * lands between the two. Nothing acknowledged is lost, every stored work is found and listed when
 * the archive opens again, the run shows as interrupted, and the same import run again completes.
 */
class KilledImportTest {

  private static final int FILES = 600;
  /** Outcomes printed before the kill: works committed, the run far from its end. */
  private static final int KILL_AFTER = 300;
  private static final Pattern IMPORTED = Pattern.compile("^imported\\s.* -> work (\\d+)");
  private static final Pattern TITLE_NUMBER = Pattern.compile("Harbour Ledger (\\d+)");

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void anImportKilledPartWayLosesNoWorkFromSearchAndIsShownInterrupted(@TempDir Path files) throws Exception {
    for (int n = 0; n < FILES; n++) {
      Files.writeString(files.resolve("ledger-%04d.txt".formatted(n)), "Title: Harbour Ledger %04d\n\n".formatted(n)
          + "The keeper wrote entry %s in the ledger before the tide came in.\n".formatted(token(n)));
    }
    Path data = ArchiveTest.newDataFolder();

    List<Long> acknowledged;
    try (QuireProcess importing = QuireProcess.start(data, "import", "--data", data.toString(), files.toString())) {
      AtomicInteger imported = new AtomicInteger();
      acknowledged = importing.readUntil(line -> IMPORTED.matcher(line).find() && imported.incrementAndGet() >= KILL_AFTER)
          .stream().map(IMPORTED::matcher).filter(Matcher::find).map(m -> Long.valueOf(m.group(1))).toList();
      importing.kill();
    }

    try (ConfigurableApplicationContext archive = Archive.serve(data, null, 0)) {
      String base = "http://localhost:" + archive.getEnvironment().getProperty("local.server.port");
      WorkRepository works = archive.getBean(WorkRepository.class);
      List<Work> stored = works.findAll();

      assertThat(works.findAllById(acknowledged)).as("works reported imported before the kill").hasSize(acknowledged.size());
      assertThat(stored).as("the kill came before the end").hasSizeLessThan(FILES);
      assertThat(total(base + "/api/v1/works?facets=false")).as("works listed").isEqualTo(stored.size());
      for (Work work : stored) {
        Matcher number = TITLE_NUMBER.matcher(work.getTitle());
        assertThat(number.find()).isTrue();
        assertThat(total(base + "/api/v1/works?facets=false&q=" + token(Integer.parseInt(number.group(1)))))
            .as("works found by their own words: " + work.getTitle()).isEqualTo(1);
      }
      String imports = get(base + "/imports");
      assertThat(Jsoup.parse(imports).select("table.imports td.state").eachText()).containsExactly("interrupted");
    }

    CommandRun again = CommandRun.of("import", "--data", data.toString(), "--json", files.toString());
    JsonNode report = json.readTree(again.stdout());
    assertThat(report.get("imported").asInt() + report.get("duplicates").asInt()).isEqualTo(FILES);
    assertThat(report.get("failed").asInt()).isZero();
    try (ConfigurableApplicationContext archive = Archive.serve(data, null, 0)) {
      String base = "http://localhost:" + archive.getEnvironment().getProperty("local.server.port");
      assertThat(total(base + "/api/v1/works?facets=false")).isEqualTo(FILES);
      assertThat(Jsoup.parse(get(base + "/imports")).select("table.imports td.state").eachText())
          .containsExactly("finished", "interrupted");
    }
  }

  /** A word only work {@code n} has. */
  private static String token(int n) {
    return "zq%04dx".formatted(n);
  }

  private long total(String url) throws Exception {
    return json.readTree(get(url)).get("total").asLong();
  }

  private String get(String url) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }
}
