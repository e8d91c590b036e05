package dev.quire.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Many visitors at once, over real HTTP on loopback: a bounded load (a fixed list of requests, a
 * fixed number of visitors, a deadline) that stops by itself. Each visitor follows redirects, as a
 * browser or reading app does.
 */
public final class Crowd {

  private Crowd() {}

  /** One answer as a visitor got it. */
  public record Answer(String path, int status, HttpHeaders headers, byte[] body) {

    /** The seconds the answer says to wait before asking again, or -1 without a valid {@code Retry-After}. */
    public long retryAfterSeconds() {
      return headers.firstValue("Retry-After").filter(v -> v.matches("\\d+")).map(Long::parseLong).orElse(-1L);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Whether the body is all there: as long as its {@code Content-Length} says, and ending as its
     * kind of content must (a page with {@code </html>}, a feed with {@code </feed>}, JSON with its
     * closing brace, an EPUB with a zip directory that names every entry, each one readable).
     */
    public boolean isWhole() {
      OptionalLong length = headers.firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() != body.length) {
        return false;
      }
      String type = headers.firstValue("Content-Type").orElse("");
      String end = type.startsWith("application/epub+zip") ? "" : text().strip();
      if (type.startsWith("text/html")) {
        return end.endsWith("</html>");
      } else if (type.contains("atom+xml")) {
        return end.endsWith("</feed>");
      } else if (type.startsWith("application/json")) {
        return end.startsWith("{") && end.endsWith("}");
      } else if (type.startsWith("application/epub+zip")) {
        return isWholeZip(body);
      }
      throw new IllegalArgumentException(path + " answered " + type + ", which this crowd cannot check");
    }
  }

  /**
   * Fetches every path from the archive on {@code port}, {@code visitors} at a time, and returns the
   * answers in the order of the paths.
   *
   * @throws AssertionError when not every answer came within {@code deadline}, or a request failed
   *     without an answer (a connection refused or cut off)
   */
  public static List<Answer> fetch(int port, List<String> paths, int visitors, Duration deadline) {
    try (ExecutorService crowd = Executors.newFixedThreadPool(visitors);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(deadline).build()) {
      List<Callable<Answer>> requests = paths.stream().<Callable<Answer>>map(path -> () -> {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(deadline).build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(path, response.statusCode(), response.headers(), response.body());
      }).toList();
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> answer : crowd.invokeAll(requests, deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        if (answer.isCancelled()) {
          throw new AssertionError("Not every request was answered within " + deadline);
        }
        answers.add(answer.get());
      }
      return answers;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while the crowd waited", e);
    } catch (ExecutionException e) {
      throw new AssertionError("A request got no answer: " + e.getCause(), e.getCause());
    }
  }

  private static boolean isWholeZip(byte[] bytes) {
    try {
      Path file = Files.createTempFile("crowd-", ".zip");
      try {
        Files.write(file, bytes);
        // ZipFile reads the central directory at the end of the file: a cut-off zip has none.
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry entry : zip.stream().toList()) {
            zip.getInputStream(entry).readAllBytes();
          }
          return zip.size() > 0;
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      return false;
    }
  }
}
