package dev.quire.account;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor over real HTTP with a cookie jar, as an AO3 client is: it takes a token from
 * {@code /token_dispenser.json}, logs in with {@code POST /users/login} and sends forms with the
 * token as {@code authenticity_token}. Not thread-safe.
 */
public final class HttpVisitor {

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  /**
   * Where this visitor comes from, as a proxy on this machine would say it: the log-in throttle
   * counts failures per address, and every test connects from 127.0.0.1, so without an address of
   * its own one test's wrong passwords would hold up another's log-in.
   */
  private final String address;

  public HttpVisitor(int port) {
    this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), "10."
        + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "."
        + ThreadLocalRandom.current().nextInt(1, 255));
  }

  private HttpVisitor(int port, HttpClient http, String address) {
    this.base = "http://localhost:" + port;
    this.http = http;
    this.address = address;
  }

  /**
   * The same visitor, with the same cookies, reaching another node of the archive on {@code port},
   * as a load balancer may send its next request there.
   */
  public HttpVisitor at(int port) {
    return new HttpVisitor(port, http, address);
  }

  /** The CSRF token a form must carry now. */
  public String token() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/token_dispenser.json");
    Matcher matcher = TOKEN.matcher(response.body());
    if (!matcher.find()) {
      throw new IllegalStateException("no token in " + response.body());
    }
    return matcher.group(1);
  }

  /** Logs in; the answer is Spring Security's redirect (to the page asked for, or home). */
  public HttpResponse<String> logIn(String login, String password) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("user[login]", login);
    form.put("user[password]", password);
    return post("/users/login", form);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
            .header("X-Forwarded-For", address).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form with a fresh token added. */
  public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("authenticity_token", token());
    return submit(path, form);
  }

  /**
   * Posts files as a browser's file field {@code field} sends them ({@code multipart/form-data}),
   * with a fresh token first, as a form carries it.
   */
  public HttpResponse<String> upload(String path, String field, Map<String, byte[]> files)
      throws IOException, InterruptedException {
    String boundary = "quire-" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"authenticity_token\"\r\n\r\n"
        + token() + "\r\n").getBytes(UTF_8));
    files.forEach((name, bytes) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
          + name + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(UTF_8));
      body.writeBytes(bytes);
      body.writeBytes("\r\n".getBytes(UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html")
            .header("X-Forwarded-For", address)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form exactly as given, with the token (if any) the page it came from carried. */
  public HttpResponse<String> submit(String path, Map<String, String> form) throws IOException, InterruptedException {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html")
            .header("X-Forwarded-For", address)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
