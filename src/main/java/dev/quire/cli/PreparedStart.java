package dev.quire.cli;

import dev.quire.QuireApplication;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.util.ClassUtils;

/**
 * Whether a start uses the bean definitions the build prepared ahead of time instead of reading
 * every configuration class and evaluating every auto-configuration's conditions again: about a
 * fifth of a start (docs/BENCHMARKS.md, "Start time"). The build's {@code spring-boot:process-aot}
 * opens the server's context on a throwaway archive ({@link QuireApplication#main}) and writes what
 * it found as code into the jar (Spring AOT); {@link PrepareCommands} does the same for the context
 * the other commands open, without a web server, under names of its own.
 *
 * <p>Those definitions are the conditions' outcomes under the jar's own settings, and conditions
 * read settings: Spring Boot makes a mail sender only when {@code spring.mail.host} is set. So a
 * start uses them only when it was asked to ({@code -Dquire.start.prepared=true}, which the
 * launcher passes), when the build made them, and when no setting from outside the jar (a
 * {@code --config} file, {@code ./config}, the environment, the JVM's system properties, the
 * command line Quire composes) names a key Spring Boot's conditions read: {@code spring.*}, {@code
 * server.*} or {@code management.*}. Quire's own settings ({@code quire.*}) and logging's change no
 * condition. Otherwise the start evaluates everything as it always did, and a server says which
 * setting made it do so. The build itself refuses to prepare them where such a setting is given
 * ({@link #checkPreparing}), and reads no {@code ./config} file. The tests start the archive
 * without being asked, as every start did before; {@code PreparedStartTest} starts it prepared.
 */
final class PreparedStart {

  /** The system property that asks for the prepared definitions. */
  static final String ASKED = "quire.start.prepared";

  private static final Logger log = LoggerFactory.getLogger(PreparedStart.class);

  /** The server's prepared definitions: Spring Boot looks for them by this name. */
  private static final String SERVER = QuireApplication.class.getName() + "__ApplicationContextInitializer";

  /** The commands' prepared definitions ({@link PrepareCommands#FEATURE}). */
  static final String COMMANDS =
      QuireApplication.class.getName() + "__" + PrepareCommands.FEATURE + "ApplicationContextInitializer";

  /** Where the settings that Spring Boot's conditions read begin. */
  private static final Set<String> CONDITIONS_READ = Set.of("spring.", "server.", "management.");

  /** The sources of a user's settings besides files. */
  private static final Set<String> USERS_SOURCES = Set.of(
      StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
      CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);

  /**
   * Spring settings that change no bean: stopping a start once it is up, the two that {@link
   * Archive} gives every start (the port, the {@code --config} file), and the build's own switches
   * while it prepares the definitions. Spring's {@code spring.aot.enabled} is not among them: a
   * start decides that itself.
   */
  private static final Set<String> NO_BEAN_CHANGES = Set.of("spring.context.exit", "server.port",
      "spring.config.additional-location", "spring.config.location", "spring.aot.processing",
      "spring.aot.repositories.enabled");

  private PreparedStart() {}

  /**
   * Decides for a start of {@code application} whose settings are {@code environment}, before its
   * application context is made: the server's or the commands' prepared definitions when {@code
   * prepared} (Quire's application, asked, the build made them, no setting may change them),
   * otherwise none, whatever an earlier start in this JVM decided or {@code -Dspring.aot.enabled}
   * says.
   */
  static void decide(SpringApplication application, ConfigurableEnvironment environment, boolean quiresApplication) {
    boolean server = application.getWebApplicationType() == WebApplicationType.SERVLET;
    boolean asked = quiresApplication && Boolean.getBoolean(ASKED);
    Optional<String> reason = !asked
        ? Optional.empty()
        : ClassUtils.isPresent(server ? SERVER : COMMANDS, application.getClassLoader())
            ? settingConditionsRead(environment).map(key -> "the setting " + key + " may change them")
            : Optional.of("this build did not prepare them");
    reason.ifPresent(why -> log.info("Starting without the bean definitions prepared by the build: {}.", why));
    boolean prepared = asked && reason.isEmpty();
    // A local value wins over the system property, so no earlier start or -D decides for this one.
    SpringProperties.setProperty(AotDetector.AOT_ENABLED, String.valueOf(prepared));
    if (prepared && !server) {
      // Spring Boot finds the server's by the application's name; the commands' are named here.
      application.addInitializers(AotApplicationContextInitializer.forInitializerClasses(COMMANDS));
    }
  }

  /**
   * Refuses to prepare definitions in an environment whose settings would be kept in them for
   * every start: the build must see the jar's settings alone.
   *
   * @throws IllegalStateException naming the setting
   */
  static void checkPreparing(ConfigurableEnvironment environment) {
    settingConditionsRead(environment).ifPresent(key -> {
      throw new IllegalStateException("The build cannot prepare bean definitions while the setting " + key
          + " is given (in its environment or a ./config file): they would keep it for every start. Build without it.");
    });
  }

  /**
   * The first setting from outside the jar that a condition may read, if any. Settings come from
   * files (a {@code --config} file, {@code ./config/application.properties}), the environment,
   * system properties and the command line Quire composes for a start; Spring Boot's other sources
   * (the application's version, random values) hold no one's setting.
   */
  static Optional<String> settingConditionsRead(ConfigurableEnvironment environment) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      boolean usersSettings = source instanceof OriginTrackedMapPropertySource
          || USERS_SOURCES.contains(source.getName());
      if (!usersSettings || !(source instanceof EnumerablePropertySource<?> names)) {
        continue;
      }
      for (String name : names.getPropertyNames()) {
        if (conditionsMayRead(name) && !fromTheJar(source, name)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a setting's name is one conditions read, written as a property ({@code spring.mail.host})
   * or as an environment variable ({@code SPRING_MAIL_HOST}).
   */
  private static boolean conditionsMayRead(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace('_', '.');
    return !NO_BEAN_CHANGES.contains(key) && CONDITIONS_READ.stream().anyMatch(key::startsWith);
  }

  /** Whether the setting comes from a properties file inside the jar, which the build read too. */
  @SuppressWarnings("unchecked")
  private static boolean fromTheJar(PropertySource<?> source, String name) {
    if (source instanceof OriginLookup<?> lookup
        && ((OriginLookup<String>) lookup).getOrigin(name) instanceof TextResourceOrigin origin) {
      Resource resource = origin.getResource() instanceof OriginTrackedResource tracked ? tracked.getResource() : origin.getResource();
      return resource instanceof ClassPathResource;
    }
    return false;
  }
}
