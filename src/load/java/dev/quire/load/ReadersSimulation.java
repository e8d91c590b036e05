package dev.quire.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Readers, and optionally writers, on a running archive for a fixed time: {@code
 * quire.load.readers} concurrent readers (default 200) who open a work, read a chapter, search
 * with filters, download an EPUB or browse the OPDS catalog, pausing 1-3 s between pages as a
 * reader does; and one writer for each personal access token in {@code quire.load.tokens}
 * (comma-separated; none by default), who posts works through the API.
 * Fails when any request fails.
 *
 * <pre>./mvnw -Pload gatling:test -Dquire.load.url=http://127.0.0.1:8080 -Dquire.load.seconds=300</pre>
 */
public class ReadersSimulation extends Simulation {

  private static final List<String> SEARCHES = List.of(
      "work_search%5Bquery%5D=harbour",
      "work_search%5Bquery%5D=%22the+sea%22",
      "work_search%5Bquery%5D=night+-storm&work_search%5Bsort_column%5D=kudos_count",
      "work_search%5Bquery%5D=words%3A%3C5000",
      "work_search%5Bquery%5D=rating%3A%22General+Audiences%22",
      "work_search%5Bquery%5D=love&work_search%5Bcomplete%5D=T",
      "work_search%5Bquery%5D=letter+OR+ship&work_search%5Bsort_column%5D=revised_at",
      "work_search%5Bquery%5D=morning&work_search%5Bword_count%5D=%3E1000");

  private final LoadTarget target = new LoadTarget();
  private final int seconds = LoadTarget.intProperty("quire.load.seconds", 300);
  private final int readers = LoadTarget.intProperty("quire.load.readers", 200);
  private final List<String> tokens = tokens();

  private final HttpProtocolBuilder protocol = target.protocol();

  private final FeederBuilder<Object> works = listFeeder(target.works(LoadTarget.intProperty("quire.load.works", 5000))).random();

  /** Opens a work; a guest asked about adult content proceeds, as a reader who clicks on does. */
  private final ChainBuilder readWork = exec(
      http("work page").get("/works/#{id}")
          .check(status().is(200))
          .check(regex("href=\"/works/#{id}\\?view_adult=true\"").optional().saveAs("adult"))
          .check(links()))
      .doIf(session -> session.contains("adult")).then(
          exec(http("work page").get("/works/#{id}?view_adult=true").check(status().is(200)).check(links())))
      .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
      .doIf(session -> session.contains("chapter")).then(
          exec(http("chapter page").get("#{chapter}").check(status().is(200)))
              .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

  private final ChainBuilder search = exec(session -> session.set("search",
          SEARCHES.get(ThreadLocalRandom.current().nextInt(SEARCHES.size()))))
      .exec(http("search with filters").get("/works/search?#{search}").check(status().is(200)))
      .pause(Duration.ofSeconds(1), Duration.ofSeconds(3));

  private final ChainBuilder download = doIf(session -> session.contains("epub")).then(
      exec(http("EPUB download").get("#{epub}").check(status().is(200))));

  private final ChainBuilder opds = exec(
      http("OPDS catalog").get("/opds").header("Accept", "application/atom+xml").check(status().is(200)))
      .exec(http("OPDS recent").get("/opds/recent").header("Accept", "application/atom+xml").check(status().is(200)));

  private final ScenarioBuilder readersScenario = scenario("readers")
      .feed(works)
      .exec(readWork)
      .randomSwitch().on(
          percent(50.0).then(search),
          percent(25.0).then(download),
          percent(25.0).then(opds));

  /** Remembers one of the page's chapter links and its EPUB download link, when it shows them. */
  private static CheckBuilder[] links() {
    return new CheckBuilder[] {
        regex("href=\"(/works/\\d+/chapters/\\d+)\"").findRandom().optional().saveAs("chapter"),
        regex("href=\"(/downloads/\\d+/[^\"]+\\.epub)\"").optional().saveAs("epub")};
  }


  private ScenarioBuilder writersScenario() {
    List<Map<String, Object>> records = new ArrayList<>();
    tokens.forEach(token -> records.add(Map.of("token", token)));
    return scenario("writers")
        .feed(listFeeder(records).circular())
        .exec(session -> session.set("n", ThreadLocalRandom.current().nextLong(1_000_000_000L)))
        .exec(http("post a work (API)").post("/api/v1/works")
            .header("Authorization", "Bearer #{token}")
            .header("Content-Type", "application/json")
            .body(StringBody("""
                {"title":"Load Test Work #{n}","rating":"General Audiences",
                 "warnings":["No Archive Warnings Apply"],"fandoms":["Original Work"],
                 "summary":"A work posted by the load test.",
                 "chapters":[{"title":"One","text":"The harbour lamp burned all night.\\n\\nMorning came quietly over the water."}]}"""))
            .check(status().is(201)))
        .pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  private static List<String> tokens() {
    String given = System.getProperty("quire.load.tokens", "");
    return given.isBlank() ? List.of() : List.of(given.split(","));
  }

  {
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(readersScenario.injectClosed(constantConcurrentUsers(readers).during(Duration.ofSeconds(seconds))));
    if (!tokens.isEmpty()) {
      populations.add(writersScenario().injectClosed(
          constantConcurrentUsers(tokens.size()).during(Duration.ofSeconds(seconds))));
    }
    setUp(populations)
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(seconds + 60))
        .assertions(global().failedRequests().count().is(0L));
  }
}
