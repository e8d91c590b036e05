package dev.quire.cli;

import dev.quire.QuireApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Opens the archive in a data folder, as a web server or for a command that runs and ends. */
final class Archive {

  private Archive() {}

  /** The archive with its web server on {@code port}. */
  static ConfigurableApplicationContext serve(Path data, int port) {
    return start(data, WebApplicationType.SERVLET, "--server.port=" + port);
  }

  /** The archive without a web server, quiet but for warnings. */
  static ConfigurableApplicationContext open(Path data) {
    // The command prints its own one-line reason when the archive cannot open (see Failures).
    return start(data, WebApplicationType.NONE, "--logging.level.root=ERROR", "--quire.log-target=System.err",
        "--logging.level.org.springframework.boot.SpringApplication=OFF",
        "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF");
  }

  private static ConfigurableApplicationContext start(
      Path data, WebApplicationType type, String... extraArgs) {
    SpringApplication application = new SpringApplication(QuireApplication.class);
    application.setWebApplicationType(type);
    List<String> args = new ArrayList<>(List.of(extraArgs));
    args.add("--quire.data=" + data.toAbsolutePath().normalize());
    return application.run(args.toArray(String[]::new));
  }

  /** Blocks until the archive is stopped (Ctrl-C or a termination signal). */
  static void awaitShutdown(ConfigurableApplicationContext context) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    if (context.isActive()) {
      closed.await();
    }
  }
}
