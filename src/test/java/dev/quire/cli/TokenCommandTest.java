package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** {@code quire token create}: a script gets a token for an account on the last line it prints. */
class TokenCommandTest {

  @Test
  void printsATokenTheApiAcceptsAsItsLastLine(@TempDir Path data) throws Exception {
    try (var context = Archive.open(data, null)) {
      context.getBean(AccountRepository.class).save(new Account("Scribe", "scribe@example.org", null, Instant.now()));
    }

    CommandRun run = CommandRun.of("token", "create", "scribe", "--label", "uploader", "--write", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.stdout().lines().toList();
    assertThat(lines.getFirst()).contains("uploader", "Scribe", "read and write");
    String token = lines.getLast();
    assertThat(token).startsWith("quire_");
    try (var context = Archive.serve(data, null, 0)) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      HttpResponse<String> me = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
              .header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"name\":\"Scribe\"");
    }
  }

  @Test
  void anUnknownAccountOrBlankLabelIsSaidPlainly(@TempDir Path data) {
    CommandRun unknown = CommandRun.of("token", "create", "nobody", "--data", data.toString());
    CommandRun system = CommandRun.of("token", "create", "orphan_account", "--data", data.toString());

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.stderr()).contains("there is no account nobody").doesNotContain("Exception");
    assertThat(unknown.stdout()).isEmpty();
    assertThat(system.exitCode()).isEqualTo(1);
    assertThat(system.stderr()).contains("Only a person's account can have tokens.");
  }
}
