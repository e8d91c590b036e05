package dev.quire.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Work and chapter pages as fast as the archive serves them: {@code quire.load.readers}
 * concurrent readers (default 32) with no pause, each opening a random work's page and one of its
 * chapters, then opening both again as a returning reader whose browser sends the pages' ETags
 * back ({@code If-None-Match}): 304 Not Modified, or the page again when it changed meanwhile (a
 * page shows its hit count, so it changes when the archive stores the hits, every few seconds).
 * Gatling reports each kind of request's throughput and latency apart. The readers first run
 * {@code quire.load.warmup} seconds (default 20) of the same requests named "warm-up: …", which
 * the measured figures and the latency assertions leave out: Gatling's own JVM starts cold in every
 * run, and while its compiler catches up it sends a third of what it sends warm. Fails when any
 * request fails, warm-up included, or when the work or chapter page misses issue 18's p99 of 25 ms.
 *
 * <pre>./mvnw -Pload gatling:test -Dquire.load.simulation=dev.quire.load.PagesSimulation \
 *     -Dquire.load.url=http://127.0.0.1:8080 -Dquire.load.seconds=60 -Dquire.load.readers=32</pre>
 */
public class PagesSimulation extends Simulation {

  private final LoadTarget target = new LoadTarget();
  private final int seconds = LoadTarget.intProperty("quire.load.seconds", 60);
  private final int readers = LoadTarget.intProperty("quire.load.readers", 32);
  private final int warmup = LoadTarget.intProperty("quire.load.warmup", 20);

  private final HttpProtocolBuilder protocol = target.protocol();

  private final FeederBuilder<Object> works =
      listFeeder(target.works(LoadTarget.intProperty("quire.load.works", 5000))).random();

  /**
   * A work's page and one of its chapters, remembering both pages' ETags, then the same two pages
   * again as a browser that kept them asks: only whether they changed. Each request's name starts
   * with {@code prefix}.
   */
  private ScenarioBuilder pages(String prefix) {
    ChainBuilder firstVisit = exec(
        http(prefix + "work page").get("/works/#{id}?view_adult=true")
            .check(status().is(200))
            .check(header("ETag").saveAs("workTag"))
            .check(regex("href=\"(/works/\\d+/chapters/\\d+)\"").findRandom().saveAs("chapter")))
        .exec(http(prefix + "chapter page").get("#{chapter}?view_adult=true")
            .check(status().is(200))
            .check(header("ETag").saveAs("chapterTag")));
    ChainBuilder returnVisit = exec(
        http(prefix + "work page, returning").get("/works/#{id}?view_adult=true")
            .header("If-None-Match", "#{workTag}")
            .check(status().in(200, 304)))
        .exec(http(prefix + "chapter page, returning").get("#{chapter}?view_adult=true")
            .header("If-None-Match", "#{chapterTag}")
            .check(status().in(200, 304)));
    return scenario(prefix + "pages").feed(works).exec(firstVisit).exec(returnVisit);
  }

  {
    setUp(LoadTarget.afterWarmUp(warmup, readers, seconds, this::pages))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(warmup + seconds + 30))
        .assertions(
            global().failedRequests().count().is(0L),
            details("work page").responseTime().percentile(99.0).lte(25),
            details("chapter page").responseTime().percentile(99.0).lte(25));
  }
}
