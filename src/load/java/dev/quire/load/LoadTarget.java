package dev.quire.load;

import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive a load test runs against: its address (loopback only, so a load test never reaches
 * another machine by mistake) and the works it holds, found through its own search API.
 */
final class LoadTarget {

  private static final Pattern WORK_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"title\"");
  private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

  /** What the requests sent while the load tool warms up are named with first. */
  static final String WARM_UP = "warm-up: ";

  final String url;

  LoadTarget() {
    url = System.getProperty("quire.load.url", "http://127.0.0.1:8080").replaceAll("/+$", "");
    String host = URI.create(url).getHost();
    if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
      throw new IllegalArgumentException("The load test only runs against this machine (127.0.0.1), not " + url);
    }
  }

  /** Up to {@code limit} ids of works a guest can read, newest first, as Gatling feeder records. */
  List<Map<String, Object>> works(int limit) {
    HttpClient client = HttpClient.newHttpClient();
    List<Map<String, Object>> works = new ArrayList<>();
    String after = null;
    try {
      do {
        // facets=false: the works alone; counting every tag kind on each page would load the server
        // while the readers start.
        String page = url + "/api/v1/works?sort_column=created_at&facets=false" + (after == null ? "" : "&after=" + after);
        String body = client.send(HttpRequest.newBuilder(URI.create(page)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = WORK_ID.matcher(body);
        while (id.find() && works.size() < limit) {
          works.add(Map.of("id", Long.parseLong(id.group(1))));
        }
        Matcher next = NEXT.matcher(body);
        after = next.find() ? java.net.URLEncoder.encode(next.group(1), java.nio.charset.StandardCharsets.UTF_8) : null;
      } while (after != null && works.size() < limit);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the archive's works at " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (works.isEmpty()) {
      throw new IllegalStateException("The archive at " + url + " has no works a guest can read: import some first");
    }
    return works;
  }

  /** How every simulation's readers ask: as a browser would, with nothing cached between requests. */
  HttpProtocolBuilder protocol() {
    return HttpDsl.http.baseUrl(url)
        .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
        .acceptEncodingHeader("gzip")
        .userAgentHeader("Quire load test")
        .disableCaching();
  }

  /**
   * {@code readers} running {@code scenario} with no pause for {@code seconds}, after as many
   * running it for {@code warmup} seconds with every request named "warm-up: …" (none when 0), so
   * that what is measured is the archive, not the load tool's own JIT compiler catching up.
   */
  static PopulationBuilder afterWarmUp(int warmup, int readers, int seconds, Function<String, ScenarioBuilder> scenario) {
    PopulationBuilder measured = scenario.apply("")
        .injectClosed(CoreDsl.constantConcurrentUsers(readers).during(Duration.ofSeconds(seconds)));
    return warmup <= 0 ? measured
        : scenario.apply(WARM_UP).injectClosed(CoreDsl.constantConcurrentUsers(readers).during(Duration.ofSeconds(warmup)))
            .andThen(measured);
  }

  static int intProperty(String name, int fallback) {
    return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
  }
}
