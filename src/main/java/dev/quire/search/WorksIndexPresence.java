package dev.quire.search;

import dev.quire.search.SearchDeployment.SearchCluster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether the cluster holds the works' index of this Quire's layout, asked before Hibernate Search
 * starts (so with a plain HTTP request): its read alias answers 200, or 404 when no index has it.
 */
enum WorksIndexPresence {
  PRESENT, ABSENT, UNKNOWN;

  private static final Duration WAIT = Duration.ofSeconds(5);

  /** Asks the hosts in turn; {@link #UNKNOWN} when none answers, which the start then reports. */
  static WorksIndexPresence of(SearchCluster cluster) {
    String alias = cluster.layout().createReadAlias("work");
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build()) {
      for (String host : cluster.hosts()) {
        try {
          HttpRequest request = HttpRequest.newBuilder(URI.create(host.replaceAll("/+$", "") + "/_alias/" + alias))
              .timeout(WAIT).build();
          int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status == 200) {
            return PRESENT;
          }
          if (status == 404) {
            return ABSENT;
          }
        } catch (IOException | IllegalArgumentException e) {
          // The next host may answer.
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return UNKNOWN;
        }
      }
    }
    return UNKNOWN;
  }
}
