package dev.quire.cli;

import dev.quire.QuireApplication;
import dev.quire.backup.ArchiveBackup.Database;
import dev.quire.platform.UnreachableServers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/** Opens the archive in a data folder, as a web server or for a command that runs and ends. */
final class Archive {

  /**
   * Opens the archive without the index work a start does (a rebuild when the index is empty or
   * older, indexing what a killed import left): for the commands whose work that is, which would
   * otherwise do it twice, or, for fsck, repair what they were asked to report.
   */
  static final String INDEX_AS_IT_IS = "--quire.search.rebuild-on-start=false";

  /** Set while the build prepares bean definitions ahead of time (Spring AOT). */
  private static final String PREPARING = "spring.aot.processing";

  private Archive() {}

  /** The archive with its web server on {@code port}. */
  static ConfigurableApplicationContext serve(ArchiveOptions options, int port) {
    return serve(options.data, options.config, port);
  }

  /** The archive in {@code data} with its web server on {@code port}, with the settings in {@code config} if any. */
  static ConfigurableApplicationContext serve(Path data, Path config, int port) {
    // A server that cannot be reached is said in one line (UnreachableServers), not analysed at
    // length; the failure to start reaches that line, so it is not logged on its way there too.
    return start(QuireApplication.class, data, config, WebApplicationType.SERVLET, "--server.port=" + port,
        "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
        "--logging.level.org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean=OFF");
  }

  /**
   * The archive in {@code data} with its web server on {@code port} (0: any free one), as quiet as
   * {@link #open}: for a command that measures it over HTTP and prints its own report.
   */
  static ConfigurableApplicationContext serveQuietly(Path data, int port) {
    return start(QuireApplication.class, data, null, WebApplicationType.SERVLET, "--server.port=" + port,
        "--logging.level.root=ERROR", "--quire.log-target=System.err",
        "--logging.level.org.springframework.boot.SpringApplication=OFF",
        "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
        "--logging.level.org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean=OFF");
  }

  /** The archive without a web server, quiet but for warnings, with {@code settings} ({@code --name=value}) too. */
  static ConfigurableApplicationContext open(ArchiveOptions options, String... settings) {
    return open(options.data, options.config, settings);
  }

  /** The archive in {@code data} without a web server, with the settings in {@code config} if any. */
  static ConfigurableApplicationContext open(Path data, Path config, String... settings) {
    // The command prints its own one-line reason when the archive cannot open (see Failures).
    List<String> args = new ArrayList<>(List.of("--logging.level.root=ERROR", "--quire.log-target=System.err",
        "--logging.level.org.springframework.boot.SpringApplication=OFF",
        "--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
        "--logging.level.org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean=OFF"));
    args.addAll(List.of(settings));
    return start(QuireApplication.class, data, config, WebApplicationType.NONE, args.toArray(String[]::new));
  }

  /**
   * The archive's settings alone, read as the archive reads them (its properties, {@code --config},
   * the {@code QUIRE_*} environment), without opening its database or index: for commands that
   * must work on the database while nothing else holds it.
   */
  private static Environment settings(ArchiveOptions options) {
    try (var context = start(Settings.class, options.data, options.config, WebApplicationType.NONE,
        "--logging.level.root=ERROR", "--spring.main.banner-mode=off")) {
      return context.getEnvironment();
    }
  }

  /** The archive's database as its settings name it, for commands that work on it directly. */
  static Database database(ArchiveOptions options) {
    return Database.of(settings(options));
  }

  /** Nothing but the settings. */
  @Configuration(proxyBeanMethods = false)
  static class Settings {}

  private static ConfigurableApplicationContext start(
      Class<?> source, Path data, Path config, WebApplicationType type, String... extraArgs) {
    SpringApplication application = new SpringApplication(source);
    application.setWebApplicationType(type);
    if (source == QuireApplication.class) {
      // Whoever calls, the command line's class is the application's: Spring Boot names the
      // build's prepared bean definitions after it (PreparedStart).
      application.setMainApplicationClass(QuireApplication.class);
    }
    List<String> args = new ArrayList<>(List.of(extraArgs));
    args.add("--quire.data=" + data.toAbsolutePath().normalize());
    if (config != null) {
      // Read after application.properties, so its settings win; command-line ones win over both.
      args.add("--spring.config.additional-location=file:" + config.toAbsolutePath().normalize());
    }
    AtomicReference<ConfigurableEnvironment> environment = new AtomicReference<>();
    application.addListeners(
        (ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
          environment.set(event.getEnvironment());
          if (Boolean.getBoolean(PREPARING)) {
            PreparedStart.checkPreparing(event.getEnvironment());
          } else {
            PreparedStart.decide(application, event.getEnvironment(), source == QuireApplication.class);
          }
        });
    try {
      return application.run(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      throw Optional.ofNullable(environment.get())
          .flatMap(settings -> UnreachableServers.explain(e, settings))
          .<RuntimeException>map(line -> new ServerUnreachableException(line, e))
          .orElse(e);
    }
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
