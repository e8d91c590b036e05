package dev.quire;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A program that a test runs (a validator, a client, a browser). Without it the test is skipped on
 * a developer's machine but fails on CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
public record ExternalTool(Path program) {

  /** The program on the PATH, or the test stops here: skipped locally, failed on CI. */
  public static ExternalTool require(String name, String howToInstall) {
    return require(name, howToInstall, System.getenv());
  }

  /** Stops the test for want of a program: skipped locally, failed on CI. */
  public static void missing(String reason) {
    missing(reason, System.getenv());
  }

  static void missing(String reason, Map<String, String> environment) {
    if ("true".equalsIgnoreCase(environment.get("CI"))) {
      fail(reason + ": CI must run this test");
    }
    Assumptions.abort(reason + ": skipped");
  }

  static ExternalTool require(String name, String howToInstall, Map<String, String> environment) {
    Path found = Arrays.stream(environment.getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(null);
    if (found == null) {
      missing(name + " is not installed (" + howToInstall + ")", environment);
    }
    return new ExternalTool(found);
  }

  /** What a run printed on standard output and on standard error, and how it ended. */
  public record Run(int exitCode, String output, String errors) {}

  /** Runs the program in {@code directory} and waits for it, at most {@code timeout}. */
  public Run run(Path directory, Duration timeout, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(arguments);
    Path output = Files.createTempFile("quire-tool-", ".out");
    Path errors = Files.createTempFile("quire-tool-", ".err");
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish within " + timeout);
      }
      return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
          Files.readString(errors, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
      Files.deleteIfExists(errors);
    }
  }
}
