package dev.quire;

import dev.quire.cli.QuireCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The archive's Spring Boot application; {@link #main} is the {@code quire} command line. */
@SpringBootApplication
public class QuireApplication {

  public static void main(String[] args) {
    int exitCode = QuireCommand.execute(args);
    System.exit(exitCode);
  }
}
