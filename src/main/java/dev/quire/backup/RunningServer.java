package dev.quire.backup;

import dev.quire.backup.ArchiveBackup.Summary;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server that holds an embedded archive, as a command on the same machine reaches it through
 * the archive's {@link ControlFile}, to have it back the archive up (see {@link ServingControl}).
 */
public final class RunningServer {

  /** Where a command asks the server for a backup. */
  public static final String BACKUPS = "/control/backups";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RunningServer() {}

  /**
   * Has the server serving the archive in {@code data} write a backup into {@code folder} and
   * waits for it; empty when no server does (no control file, or one whose server was killed).
   *
   * @throws BackupException when the server cannot make it, with its reason (such as a folder
   *     that is not empty)
   */
  public static Optional<Summary> backUp(Path data, Path folder) {
    Optional<ControlFile> control = ControlFile.in(data);
    if (control.isEmpty()) {
      return Optional.empty();
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + control.get().port() + BACKUPS))
        .header(ServingControl.SECRET_HEADER, control.get().secret())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "folder=" + URLEncoder.encode(folder.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8)))
        .build();
    HttpResponse<String> response;
    try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException gone) {
      // The server that wrote the file was killed before it could remove it: nothing holds the archive.
      return Optional.empty();
    } catch (IOException e) {
      throw new BackupException("the server holding the archive did not answer: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException("the backup was interrupted while the server was making it");
    }
    if (response.statusCode() != 200) {
      throw new BackupException(reason(response, data));
    }
    return Optional.of(JSON.readValue(response.body(), Summary.class));
  }

  private static String reason(HttpResponse<String> response, Path data) {
    try {
      JsonNode message = JSON.readTree(response.body()).get("message");
      if (message != null && message.isString()) {
        return message.asString();
      }
    } catch (JacksonException notJson) {
      // Said below by its status.
    }
    if (response.statusCode() == 403 || response.statusCode() == 404) {
      // Not the server that wrote the file, though something listens on its port now.
      return "the server at port " + response.uri().getPort() + " refused the backup (HTTP " + response.statusCode()
          + "); if no Quire serves " + data + ", remove its " + ControlFile.NAME + " and try again";
    }
    return "the server holding the archive could not make the backup (HTTP " + response.statusCode()
        + "); its log says why";
  }
}
