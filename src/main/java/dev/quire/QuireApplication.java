package dev.quire;

import dev.quire.cli.PrepareCommands;
import dev.quire.cli.QuireCommand;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The archive's Spring Boot application; {@link #main} is the {@code quire} command line. */
@SpringBootApplication
public class QuireApplication {

  /**
   * Runs the command line, or, while the build prepares bean definitions ahead of time (Spring
   * AOT sets {@code spring.aot.processing}; the build passes a throwaway data folder, and {@link
   * PrepareCommands#COMMANDS_CONTEXT} after it for the commands' context), opens the server's or the
   * commands' application context for it without starting it.
   */
  public static void main(String[] args) {
    if (Boolean.getBoolean("spring.aot.processing")) {
      QuireCommand.prepare(Path.of(args[0]), args.length > 1 && args[1].equals(PrepareCommands.COMMANDS_CONTEXT));
      return;
    }
    int exitCode = QuireCommand.execute(args);
    System.exit(exitCode);
  }
}
