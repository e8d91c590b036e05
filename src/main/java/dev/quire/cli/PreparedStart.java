package dev.quire.cli;

import dev.quire.QuireApplication;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.util.ClassUtils;

/**
 * Whether a server start uses the bean definitions the build prepared ahead of time instead of
 * reading every configuration class and evaluating every auto-configuration's conditions again:
 * about a fifth of a start (docs/BENCHMARKS.md, "Start time"). The build's
 * {@code spring-boot:process-aot} opens the server's context on a throwaway archive
 * ({@link QuireApplication#main}) and writes what it found as code into the jar (Spring AOT).
 *
 * <p>Those definitions are the conditions' outcomes under the jar's own settings, and conditions
 * read settings: Spring Boot makes a mail sender only when {@code spring.mail.host} is set. So a
 * start uses them only when it was asked to ({@code -Dquire.start.prepared=true}, which the
 * launcher passes), when the build made them, and when no setting from outside the jar (a
 * {@code --config} file, {@code ./config}, the environment, the JVM's system properties) names a key
 * Spring Boot's conditions read: {@code spring.*}, {@code server.*} or {@code management.*}. Quire's
 * own settings ({@code quire.*}) and logging's change no condition. Otherwise the start evaluates
 * everything as it always did and says which setting made it do so. The tests start the archive
 * without being asked, as every start did before; {@code PreparedStartTest} starts it prepared.
 */
final class PreparedStart {

  /** The system property that asks for the prepared definitions. */
  static final String ASKED = "quire.start.prepared";

  private static final Logger log = LoggerFactory.getLogger(PreparedStart.class);

  /** The class the build writes: Spring Boot looks for it by this name. */
  private static final String PREPARED = QuireApplication.class.getName() + "__ApplicationContextInitializer";

  /** Where the settings that Spring Boot's conditions read begin. */
  private static final Set<String> CONDITIONS_READ = Set.of("spring.", "server.", "management.");

  /** The sources of a user's settings besides files. */
  private static final Set<String> USERS_SOURCES = Set.of(
      StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);

  /** Spring settings that change no bean: the switch itself, and stopping a start once it is up. */
  private static final Set<String> NO_BEAN_CHANGES = Set.of("spring.aot.enabled", "spring.context.exit");

  private PreparedStart() {}

  /**
   * Decides for a server start whose settings are {@code environment}, before its application
   * context is made; a start not asked leaves everything as it is.
   */
  static void decide(ConfigurableEnvironment environment, ClassLoader classes) {
    if (!Boolean.getBoolean(ASKED)) {
      return;
    }
    Optional<String> reason = ClassUtils.isPresent(PREPARED, classes)
        ? settingConditionsRead(environment).map(key -> "the setting " + key + " may change them")
        : Optional.of("this build did not prepare them");
    reason.ifPresent(why -> log.info("Starting without the bean definitions prepared by the build: {}.", why));
    // A local value wins over the system property; none falls back to it (-Dspring.aot.enabled).
    SpringProperties.setProperty(AotDetector.AOT_ENABLED, reason.isEmpty() ? "true" : null);
  }

  /**
   * The first setting from outside the jar that a condition may read, if any. A user's settings
   * come from files (a {@code --config} file, {@code ./config/application.properties}), the
   * environment and system properties; Quire composes the command line's itself, and Spring
   * Boot's other sources (the application's version, random values) hold no user's setting.
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
