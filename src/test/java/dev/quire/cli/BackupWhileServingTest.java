package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quire backup} of an embedded archive while {@code quire serve} holds it, run as an operator
 * or cron runs it: the server makes the backup, and only for a command on its own machine that read
 * the secret of its control file.
 */
class BackupWhileServingTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theServerBacksUpTheArchiveItHoldsAndTheBackupRestoresByteExact(@TempDir Path data, @TempDir Path files,
      @TempDir Path backups, @TempDir Path elsewhere) throws Exception {
    String marker = BackupCases.importWorks(files, "--data", data.toString());
    Map<Long, String> before = BackupCases.served(data, null);
    Path backup = backups.resolve("while-serving");
    int port = QuireProcess.freePort();

    CommandRun backedUp;
    HttpResponse<String> searchedMeanwhile;
    String log;
    Path control = data.resolve("serve.control");
    String permissions;
    String secret;
    try (QuireProcess server = QuireProcess.start(data, "serve", "--data", data.toString(), "--port", "" + port)) {
      List<String> logged = new ArrayList<>(server.readUntil(line -> line.startsWith("Quire is serving")));
      permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(control));
      secret = secret(control);
      backedUp = CommandRun.of("backup", "--data", data.toString(), backup.toString());
      searchedMeanwhile = get(port, "/works/search?q=" + marker);
      logged.addAll(server.readUntil(line -> line.contains("Backed up")));
      server.stop();
      log = String.join("\n", logged) + server.log();
    }
    CommandRun restored = CommandRun.of("restore", "--data", elsewhere.toString(), backup.toString());

    assertThat(permissions).isEqualTo("rw-------");
    assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
    assertThat(backedUp.exitCode()).as(backedUp.stderr()).isZero();
    assertThat(backedUp.stdout()).contains("Backed up 5 works to " + backup);
    assertThat(log).contains("Backed up 5 works to " + backup + ": ").doesNotContain(secret);
    assertThat(searchedMeanwhile.statusCode()).isEqualTo(200);
    assertThat(searchedMeanwhile.body()).contains("Synthetic 1", "Synthetic 2", "Synthetic 3");
    assertThat(control).as("the control file is removed when the server stops").doesNotExist();
    assertThat(restored.exitCode()).as(restored.stderr()).isZero();
    assertThat(restored.stdout()).contains("Restored 5 works");
    assertThat(BackupCases.served(elsewhere, null)).hasSize(5).isEqualTo(before);
    assertThat(BackupCases.searched(elsewhere, null, marker)).isEqualTo("3 found, index clean");
  }

  @Test
  void theServerBacksUpForNoOneWithoutItsSecretAndAKilledServersFileIsPassedBy(@TempDir Path data, @TempDir Path files,
      @TempDir Path backups) throws Exception {
    BackupCases.importWorks(files, "--data", data.toString());
    Path refused = backups.resolve("refused");
    Files.createDirectories(backups.resolve("full"));
    Files.writeString(backups.resolve("full").resolve("note.txt"), "not a backup");
    int port = QuireProcess.freePort();

    HttpResponse<String> noSecret;
    HttpResponse<String> wrongSecret;
    HttpResponse<String> throughAProxy;
    Optional<HttpResponse<String>> fromAnotherAddress;
    CommandRun notEmpty;
    try (QuireProcess server = QuireProcess.start(data, "serve", "--data", data.toString(), "--port", "" + port)) {
      server.readUntil(line -> line.startsWith("Quire is serving"));
      String secret = secret(data.resolve("serve.control"));
      noSecret = askForBackup("127.0.0.1", port, refused, Map.of());
      wrongSecret = askForBackup("127.0.0.1", port, refused, Map.of("X-Quire-Control", secret + "x"));
      throughAProxy = askForBackup("127.0.0.1", port, refused,
          Map.of("X-Quire-Control", secret, "X-Forwarded-For", "203.0.113.7"));
      fromAnotherAddress = nonLoopbackAddress().map(address -> askForBackup(address, port, refused,
          Map.of("X-Quire-Control", secret)));
      notEmpty = CommandRun.of("backup", "--data", data.toString(), backups.resolve("full").toString());
      server.kill();
    }
    CommandRun afterKill = CommandRun.of("backup", "--data", data.toString(), backups.resolve("after-kill").toString());

    assertThat(noSecret.statusCode()).isEqualTo(403);
    assertThat(wrongSecret.statusCode()).isEqualTo(403);
    assertThat(throughAProxy.statusCode()).isEqualTo(403);
    fromAnotherAddress.ifPresent(response -> assertThat(response.statusCode()).isEqualTo(403));
    assertThat(refused).doesNotExist();
    assertThat(notEmpty.exitCode()).isEqualTo(2);
    assertThat(notEmpty.stderr()).contains(backups.resolve("full") + " is not empty; back up into a new or empty folder");
    assertThat(backups.resolve("full")).isDirectoryContaining(path -> path.endsWith("note.txt"))
        .isDirectoryNotContaining(path -> path.endsWith("manifest.json"));
    assertThat(data.resolve("serve.control")).as("left by the killed server").exists();
    assertThat(afterKill.exitCode()).as(afterKill.stderr()).isZero();
    assertThat(afterKill.stdout()).contains("Backed up 5 works");
  }

  private static HttpResponse<String> askForBackup(String host, int port, Path folder, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/control/backups"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("folder=" + URLEncoder.encode(folder.toString(), StandardCharsets.UTF_8)));
    headers.forEach(request::header);
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String secret(Path control) throws IOException {
    Properties values = new Properties();
    try (var reader = Files.newBufferedReader(control)) {
      values.load(reader);
    }
    return values.getProperty("secret");
  }

  /** An address of this machine's own that is not a loopback one, if it has one. */
  private static Optional<String> nonLoopbackAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
        .map(InetAddress::getHostAddress)
        .findFirst();
  }
}
