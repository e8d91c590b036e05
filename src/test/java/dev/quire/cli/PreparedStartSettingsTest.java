package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.origin.OriginTrackedResource;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** Which settings keep a start from the bean definitions the build prepared ({@link PreparedStart}). */
class PreparedStartSettingsTest {

  @Test
  void onlySettingsFromOutsideTheJarThatConditionsReadCount(@TempDir Path files) throws IOException {
    assertThat(PreparedStart.settingConditionsRead(environment())).as("no settings").isEmpty();
    assertThat(PreparedStart.settingConditionsRead(environment(new SystemEnvironmentPropertySource("systemEnvironment",
        Map.of("PATH", "/usr/bin", "QUIRE_DATABASE_URL", "jdbc:postgresql://db/quire", "QUIRE_SEARCH_HOSTS", "http://os:9200")))))
        .as("Quire's own settings in the environment").isEmpty();
    assertThat(PreparedStart.settingConditionsRead(environment(new SystemEnvironmentPropertySource("systemEnvironment",
        Map.of("SPRING_MAIL_HOST", "smtp.example.org")))))
        .as("a mail server in the environment").contains("SPRING_MAIL_HOST");
    assertThat(PreparedStart.settingConditionsRead(environment(new MapPropertySource("systemProperties",
        Map.of("java.version", "25", "spring.context.exit", "onRefresh")))))
        .as("system properties that change no bean").isEmpty();
    assertThat(PreparedStart.settingConditionsRead(environment(new MapPropertySource("systemProperties",
        Map.of("spring.aot.enabled", "true")))))
        .as("Spring's own switch, which a start decides itself").contains("spring.aot.enabled");
    assertThat(PreparedStart.settingConditionsRead(environment(new SimpleCommandLinePropertySource(
        "--server.port=8080", "--spring.config.additional-location=file:/etc/quire.properties", "--quire.data=/srv/quire",
        "--logging.level.root=ERROR"))))
        .as("the command line every start is given").isEmpty();
    assertThat(PreparedStart.settingConditionsRead(environment(new SimpleCommandLinePropertySource(
        "--spring.jpa.open-in-view=true"))))
        .as("a command line with a setting a condition reads").contains("spring.jpa.open-in-view");
    assertThat(PreparedStart.settingConditionsRead(environment(new MapPropertySource("applicationInfo",
        Map.of("spring.application.version", "0.1.0", "spring.application.pid", "42")))))
        .as("what Spring Boot says of the application itself").isEmpty();
    assertThat(PreparedStart.settingConditionsRead(environment(new MapPropertySource("systemProperties",
        Map.of("server.forward-headers-strategy", "framework")))))
        .as("a system property a condition reads").contains("server.forward-headers-strategy");

    assertThat(PreparedStart.settingConditionsRead(environment(new SystemEnvironmentPropertySource("systemEnvironment",
        Map.of("SPRING_APPLICATION_JSON", "{\"spring\":{\"mail\":{\"host\":\"smtp.example.org\"}}}")))))
        .as("settings as JSON in the environment").contains("SPRING_APPLICATION_JSON");

    PropertiesPropertySourceLoader properties = new PropertiesPropertySourceLoader();
    assertThat(PreparedStart.settingConditionsRead(environment(
        properties.load("the jar's", new ClassPathResource("application.properties")).getFirst())))
        .as("the jar's own settings, which the build read too").isEmpty();
    assertThat(PreparedStart.settingConditionsRead(environment(properties.load("the jar's, as Spring Boot reads them",
        OriginTrackedResource.of(new ClassPathResource("application.properties"), null)).getFirst())))
        .as("the jar's own settings, as a start reads them").isEmpty();
    Path config = Files.writeString(files.resolve("quire.properties"),
        "quire.database.url=jdbc:postgresql://db/quire\nlogging.level.root=WARN\nmanagement.endpoints.web.exposure.include=*\n");
    assertThat(PreparedStart.settingConditionsRead(environment(
        properties.load("--config", new FileSystemResource(config)).getFirst())))
        .as("a config file's management setting").contains("management.endpoints.web.exposure.include");
  }

  @Test
  void aStartNotAskedOrNotQuiresUsesNoPreparedDefinitionsWhateverSpringsOwnSwitchSays() {
    String before = System.getProperty(AotDetector.AOT_ENABLED);
    System.setProperty(AotDetector.AOT_ENABLED, "true");
    try {
      SpringApplication settingsAlone = new SpringApplication(Archive.Settings.class);
      settingsAlone.setWebApplicationType(WebApplicationType.NONE);
      PreparedStart.decide(settingsAlone, environment(), false);
      assertThat(AotDetector.useGeneratedArtifacts()).as("the settings alone, with -Dspring.aot.enabled=true").isFalse();
    } finally {
      SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
      if (before == null) {
        System.clearProperty(AotDetector.AOT_ENABLED);
      } else {
        System.setProperty(AotDetector.AOT_ENABLED, before);
      }
    }
  }

  private static StandardEnvironment environment(PropertySource<?>... sources) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().forEach(source -> environment.getPropertySources().remove(source.getName()));
    for (PropertySource<?> source : sources) {
      environment.getPropertySources().addLast(source);
    }
    return environment;
  }
}
