package dev.quire.backup;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL's own programs, {@code pg_dump} and {@code pg_restore}, run against the archive's
 * database. Where to connect is passed in the environment ({@code PGHOST}, {@code PGPORT},
 * {@code PGDATABASE}, {@code PGUSER}, {@code PGPASSWORD}), never on the command line, where any
 * user of the machine could read the password. The newest version installed under
 * {@code /usr/lib/postgresql} is preferred (a dump needs a {@code pg_dump} at least as new as the
 * server), then the {@code PATH}.
 */
final class PostgresTools {

  private static final Path INSTALLED = Path.of("/usr/lib/postgresql");

  private final PostgresAddress address;
  private final String user;
  private final String password;

  PostgresTools(PostgresAddress address, String user, String password) {
    this.address = address;
    this.user = user;
    this.password = password;
  }

  /** Runs {@code tool} with {@code arguments}; a failure is a {@link BackupException} with its own words. */
  void run(String tool, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(find(tool).toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> environment = builder.environment();
    environment.put("PGHOST", address.host());
    environment.put("PGPORT", address.port());
    environment.put("PGDATABASE", address.database());
    environment.put("PGUSER", user);
    environment.put("PGPASSWORD", password == null ? "" : password);
    try {
      Process process = builder.start();
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor() != 0) {
        throw new BackupException(tool + " failed: " + (errors.isEmpty() ? "exit " + process.exitValue() : errors.lines()
            .filter(line -> !line.isBlank()).findFirst().orElse(errors)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(tool + " was interrupted");
    }
  }

  private static Path find(String tool) {
    return installed(tool).or(() -> onPath(tool)).orElseThrow(() -> new BackupException(tool + " is not installed: "
        + "it was looked for in " + INSTALLED + "/*/bin and on the PATH; install PostgreSQL's client programs "
        + "(Debian: apt-get install postgresql-client)"));
  }

  private static Optional<Path> installed(String tool) {
    if (!Files.isDirectory(INSTALLED)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(INSTALLED)) {
      return versions.filter(version -> version.getFileName().toString().matches("\\d+"))
          .sorted(Comparator.comparingInt((Path version) -> Integer.parseInt(version.getFileName().toString())).reversed())
          .map(version -> version.resolve("bin").resolve(tool))
          .filter(Files::isExecutable)
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> onPath(String tool) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, tool))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
