import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded crowd against a running archive: VISITORS at once send REQUESTS requests in all, cycling
 * over work pages, chapter indexes, search pages, API searches and works, EPUB downloads, the OPDS
 * catalog and the Atom feed of works 1..WORKS, and count the answers by kind and status ("short"
 * when a 200's body is not as long as its Content-Length says, "no length" for a download without
 * one). Answers of 500 and above are printed to standard error.
 *
 *   java bench/Overload.java http://127.0.0.1:8080 VISITORS REQUESTS WORKS
 */
public class Overload {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int visitors = Integer.parseInt(args[1]);
    int requests = Integer.parseInt(args[2]);
    int works = Integer.parseInt(args[3]);
    List<String> paths = new ArrayList<>();
    for (int id = 1; id <= works; id++) {
      paths.addAll(List.of("/works/" + id + "?view_adult=true", "/works/" + id + "/navigate?view_adult=true",
          "/works/search?q=the+" + id, "/api/v1/works?q=love&sort=words", "/api/v1/works/" + id,
          "/downloads/" + id + "/x.epub?view_adult=true", "/opds/recent", "/works/feed.atom"));
    }
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10)).build();
    Map<String, AtomicInteger> counts = new ConcurrentSkipListMap<>();
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    try (ExecutorService crowd = Executors.newFixedThreadPool(visitors)) {
      List<Future<?>> running = new ArrayList<>();
      for (int v = 0; v < visitors; v++) {
        running.add(crowd.submit(() -> {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            String path = paths.get(i % paths.size());
            counts.computeIfAbsent(answer(client, base, path), k -> new AtomicInteger()).incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> visitor : running) {
        visitor.get();
      }
    }
    System.out.printf("%d requests in %.1f s%n", requests, (System.nanoTime() - start) / 1e9);
    counts.forEach((answer, count) -> System.out.println(answer + ": " + count));
  }

  private static String answer(HttpClient client, String base, String path) {
    String kind = path.contains("/downloads/") ? "epub" : path.split("[/?]")[1];
    try {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status >= 500) {
        System.err.println(path + " " + status + " Retry-After: "
            + response.headers().firstValue("Retry-After").orElse("none"));
      }
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      String whole = status != 200 ? ""
          : length.isPresent() && length.getAsLong() != response.body().length ? " short"
          : kind.equals("epub") && length.isEmpty() ? " no length" : "";
      return kind + " " + status + whole;
    } catch (Exception e) {
      return kind + " " + e.getClass().getSimpleName();
    }
  }
}
