package dev.quire.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded archive's daily backup: when it is made, where, and which are kept, by the clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DailyBackupsTest {

  private static final Path DATA = ArchiveTest.newDataFolder();

  @DynamicPropertySource
  static void embeddedArchive(DynamicPropertyRegistry registry) {
    registry.add("quire.data", DATA::toString);
  }

  @Autowired LiveBackups backups;

  @Test
  void backsUpOnceADayAtTheScheduledTimeAndKeepsTheNewestSeven(@TempDir Path data) throws IOException {
    SettableClock clock = new SettableClock(Instant.parse("2026-12-01T02:58:00Z"));
    Files.createDirectories(data.resolve("backups/before-the-upgrade"));
    DailyBackups daily = new DailyBackups(backups, data, "03:00", 7, clock);

    daily.tick();
    clock.set(Instant.parse("2026-12-01T03:00:40Z"));
    daily.tick();
    clock.advance(Duration.ofMinutes(1));
    daily.tick();

    assertThat(made(data)).containsExactly("2026-12-01T030040", "before-the-upgrade");
    assertThat(data.resolve("backups/2026-12-01T030040/manifest.json")).isRegularFile();
    assertThat(data.resolve("backups/2026-12-01T030040/database.zip")).isRegularFile();

    for (int day = 2; day <= 10; day++) {
      clock.set(Instant.parse("2026-12-%02dT03:01:00Z".formatted(day)));
      daily.tick();
    }

    assertThat(made(data)).containsExactly("2026-12-04T030100", "2026-12-05T030100", "2026-12-06T030100",
        "2026-12-07T030100", "2026-12-08T030100", "2026-12-09T030100", "2026-12-10T030100", "before-the-upgrade");
  }

  @Test
  void aTimePassedWhileTheMachineSleptIsCaughtUpOnceWhenItWakes(@TempDir Path data) throws IOException {
    SettableClock clock = new SettableClock(Instant.parse("2026-12-01T22:00:00Z"));
    DailyBackups daily = new DailyBackups(backups, data, "3:30", 7, clock);

    clock.set(Instant.parse("2026-12-03T09:15:00Z"));
    daily.tick();
    clock.advance(Duration.ofMinutes(1));
    daily.tick();

    assertThat(made(data)).containsExactly("2026-12-03T091500");
  }

  @Test
  void offMakesNoBackup(@TempDir Path data) throws IOException {
    SettableClock clock = new SettableClock(Instant.parse("2026-12-01T02:59:00Z"));
    DailyBackups daily = new DailyBackups(backups, data, "off", 7, clock);

    clock.advance(Duration.ofDays(3));
    daily.tick();

    assertThat(data.resolve("backups")).doesNotExist();
  }

  @Test
  void aScheduleThatIsNoTimeOfDayOrAKeepBelowOneIsRefusedWithTheSettingsName(@TempDir Path data) {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    assertThatThrownBy(() -> new DailyBackups(backups, data, "3am", 7, clock))
        .hasMessage("quire.backup.schedule is '3am': give a time of day such as 03:00, or off");
    assertThatThrownBy(() -> new DailyBackups(backups, data, "25:00", 7, clock))
        .hasMessageStartingWith("quire.backup.schedule is '25:00'");
    assertThatThrownBy(() -> new DailyBackups(backups, data, "03:00", 0, clock))
        .hasMessage("quire.backup.keep is 0: keep 1 backup or more");
  }

  private static List<String> made(Path data) throws IOException {
    try (Stream<Path> folders = Files.list(data.resolve("backups"))) {
      return folders.map(folder -> folder.getFileName().toString()).sorted().toList();
    }
  }

  /** A clock in UTC that reads what the test set it to. */
  static final class SettableClock extends Clock {
    private Instant now;

    SettableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the test's clock stays in UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
