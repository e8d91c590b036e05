package dev.quire;

import dev.quire.cli.QuireCommand;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The archive's Spring Boot application; {@link #main} is the {@code quire} command line. */
@SpringBootApplication
public class QuireApplication {

  /**
   * Runs the command line, or, while the build prepares the server's bean definitions ahead of
   * time ({@code spring-boot:process-aot}, which sets {@code spring.aot.processing} and passes a
   * throwaway data folder), opens the server's application context for it without starting it.
   */
  public static void main(String[] args) {
    if (Boolean.getBoolean("spring.aot.processing")) {
      QuireCommand.prepareServer(Path.of(args[0]));
      return;
    }
    int exitCode = QuireCommand.execute(args);
    System.exit(exitCode);
  }
}
