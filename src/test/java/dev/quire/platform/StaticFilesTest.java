package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The style sheet and scripts a page links are served as they are in the build, with what a
 * browser needs to keep them and ask again cheaply, and each is looked up once, not per request.
 */
class StaticFilesTest extends ArchiveTest {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("resourceHandlerMapping")
  SimpleUrlHandlerMapping resources;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyFileAPageLinksIsServedAsBuiltAndAskedAgainCheaply() throws Exception {
    Document home = Jsoup.parse(new String(get("/", null).body(), StandardCharsets.UTF_8));
    List<String> linked = home.select("link[rel=stylesheet][href^=/], script[src^=/]").stream()
        .map(element -> element.hasAttr("href") ? element.attr("href") : element.attr("src")).toList();
    assertThat(linked).contains("/css/quire.css", "/js/reading-settings.js");

    for (String path : linked) {
      HttpResponse<byte[]> first = get(path, null);
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      assertThat(first.body()).as(path).isEqualTo(built(path));
      assertThat(first.headers().firstValue("Content-Type")).as(path)
          .hasValueSatisfying(type -> assertThat(type).startsWith(path.endsWith(".css") ? "text/css" : "text/javascript"));
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

      HttpResponse<byte[]> again = get(path, lastModified);
      assertThat(again.statusCode()).as(path + " asked again").isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
  }

  @Test
  void aFileThatIsNotThereOrOutsideTheFoldersIsNotServed() throws Exception {
    assertThat(get("/css/nothing.css", null).statusCode()).isEqualTo(404);
    // Files of the class path that are not in the two folders, asked for under them.
    for (String elsewhere : List.of("/css/application.properties", "/js/db/migration/h2/V1__archive.sql",
        "/css/static/js/reading-settings.js")) {
      assertThat(get(elsewhere, null).statusCode()).as(elsewhere).isEqualTo(404);
    }
    // Paths climbing out of a folder (Tomcat and Spring Security refuse these before any handler).
    for (String outside : List.of("/css/..%2fapplication.properties", "/js/%2e%2e/%2e%2e/application.properties",
        "/css/../application.properties")) {
      HttpResponse<byte[]> response = get(outside, null);
      assertThat(response.statusCode()).as(outside).isIn(400, 404);
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(outside).doesNotContain("spring.datasource");
    }
  }

  @Test
  void whereEachFileIsIsFoundOnceAndKept() {
    for (String pattern : List.of("/css/**", "/js/**")) {
      assertThat(resources.getHandlerMap().get(pattern)).as(pattern)
          .isInstanceOfSatisfying(ResourceHttpRequestHandler.class, handler ->
              assertThat(handler.getResourceResolvers()).first().isInstanceOf(CachingResourceResolver.class));
    }
  }

  private HttpResponse<byte[]> get(String path, String ifModifiedSince) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (ifModifiedSince != null) {
      request.header("If-Modified-Since", ifModifiedSince);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] built(String path) throws IOException {
    try (InputStream in = StaticFilesTest.class.getResourceAsStream("/static" + path)) {
      assertThat(in).as(path + " in the build").isNotNull();
      return in.readAllBytes();
    }
  }
}
