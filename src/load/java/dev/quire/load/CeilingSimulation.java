package dev.quire.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * What one node answers a second when an answer costs it next to nothing, with the same readers
 * and load tool as {@link PagesSimulation}: the style sheet (a static file, through Tomcat and
 * Spring Security's filters) and the token dispenser (a handler that writes a few bytes of JSON),
 * after {@code quire.load.warmup} seconds (default 20) of the same, as in {@link PagesSimulation}.
 * The pages can go no faster than these on the same machine; the gap between the two simulations
 * is what loading and rendering a page costs.
 *
 * <pre>./mvnw -Pload gatling:test -Dquire.load.simulation=dev.quire.load.CeilingSimulation \
 *     -Dquire.load.url=http://127.0.0.1:8080 -Dquire.load.seconds=30 -Dquire.load.readers=8</pre>
 */
public class CeilingSimulation extends Simulation {

  private final LoadTarget target = new LoadTarget();
  private final int seconds = LoadTarget.intProperty("quire.load.seconds", 60);
  private final int readers = LoadTarget.intProperty("quire.load.readers", 32);
  private final int warmup = LoadTarget.intProperty("quire.load.warmup", 20);

  private static ScenarioBuilder cheapest(String prefix) {
    return scenario(prefix + "cheapest answers").exec(
        exec(http(prefix + "style sheet").get("/css/quire.css").check(status().is(200))),
        exec(http(prefix + "token dispenser").get("/token_dispenser.json").check(status().is(200))));
  }

  {
    setUp(LoadTarget.afterWarmUp(warmup, readers, seconds, CeilingSimulation::cheapest))
        .protocols(target.protocol())
        .maxDuration(Duration.ofSeconds(warmup + seconds + 30))
        .assertions(global().failedRequests().count().is(0L));
  }
}
