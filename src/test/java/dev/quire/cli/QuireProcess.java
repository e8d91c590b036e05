package dev.quire.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@code quire} command line run as a process of its own, from the classes the tests run on,
 * so that a test can kill it as an operator's {@code kill -9} would.
 */
final class QuireProcess implements AutoCloseable {

  private final Process process;
  private final BufferedReader stdout;
  private final Path stderr;

  private QuireProcess(Process process, Path stderr) {
    this.process = process;
    this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.stderr = stderr;
  }

  /** Starts {@code quire args...} with a 512 MB heap; its log goes to a file beside {@code data}. */
  static QuireProcess start(Path data, String... args) throws IOException {
    return start(data, List.of(), args);
  }

  /** As {@link #start(Path, String...)}, with the JVM options {@code jvmOptions} too. */
  static QuireProcess start(Path data, List<String> jvmOptions, String... args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.quire.QuireApplication"));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(data.getParent(), "quire-process-", ".log");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    return new QuireProcess(process, stderr);
  }

  /** Reads standard output until a line passes {@code wanted}; returns every line read. */
  List<String> readUntil(Predicate<String> wanted) {
    List<String> lines = new ArrayList<>();
    try {
      for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
        lines.add(line);
        if (wanted.test(line)) {
          return lines;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("quire ended (" + lines.size() + " lines) before the line awaited:\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())) + "\n" + log());
  }

  /** The exit code of a process that ended, and every line it wrote to standard output. */
  record Ended(int exitCode, List<String> stdout) {}

  /** Reads standard output to its end and waits for the process to exit, at most {@code limit}. */
  Ended awaitEnd(Duration limit) throws InterruptedException {
    List<String> lines = stdout.lines().toList();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("quire did not end within " + limit + "\n" + log());
    }
    return new Ended(process.exitValue(), lines);
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, as Ctrl-C or a service manager stops it, so that the archive closes as on a normal stop. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("quire did not stop within 60 s\n" + log());
    }
  }

  /** A port nothing listens on now, for a server the test starts. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** What the process logged on standard error. */
  String log() {
    try {
      return Files.readString(stderr);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
