package dev.quire.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * An embedded archive's server backs itself up once a day, at the time {@code quire.backup.schedule}
 * names in the clock's zone ({@code 03:00} unless set; {@code off}: never), into
 * {@code <data>/backups/<date>T<time>/}, and keeps the newest {@code quire.backup.keep} (7 unless
 * set) of the folders it named so; anything else in {@code backups/} is left alone. The clock is
 * looked at every minute, so a time passed while the machine slept is caught up when it wakes.
 * A cluster's PostgreSQL is backed up beside its servers, with {@code quire backup}; commands run
 * no schedule.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
class DailyBackups {

  private static final Logger logger = LoggerFactory.getLogger(DailyBackups.class);
  private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");
  private static final String FOLDER_PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{6}";

  private final LiveBackups backups;
  private final Path folder;
  private final Optional<LocalTime> time;
  private final int keep;
  private final Clock clock;
  private Instant next;

  DailyBackups(LiveBackups backups, @Value("${quire.data}") Path data,
      @Value("${quire.backup.schedule:03:00}") String schedule, @Value("${quire.backup.keep:7}") int keep, Clock clock) {
    this.backups = backups;
    this.folder = data.resolve("backups");
    this.time = backups.embedded() ? time(schedule) : Optional.empty();
    if (keep < 1) {
      throw new IllegalArgumentException("quire.backup.keep is " + keep + ": keep 1 backup or more");
    }
    this.keep = keep;
    this.clock = clock;
    this.next = time.map(at -> following(clock.instant(), at)).orElse(null);
    time.ifPresent(at -> logger.info("The archive backs itself up daily at {} into {}, keeping the newest {}",
        at, folder.toAbsolutePath(), keep));
  }

  private static Optional<LocalTime> time(String schedule) {
    if (schedule.strip().equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(schedule.strip(), DateTimeFormatter.ofPattern("H:mm")));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("quire.backup.schedule is '" + schedule + "': give a time of day such as "
          + "03:00, or off");
    }
  }

  /** The first moment after {@code now} when the clock shows {@code at}. */
  private Instant following(Instant now, LocalTime at) {
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Instant todays = ZonedDateTime.of(today, at, clock.getZone()).toInstant();
    return todays.isAfter(now) ? todays : ZonedDateTime.of(today.plusDays(1), at, clock.getZone()).toInstant();
  }

  /** Backs up when the schedule's time has come since the last look; a backup's failure waits for the next day. */
  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
  void tick() {
    Instant now = clock.instant();
    if (next == null || now.isBefore(next)) {
      return;
    }
    next = following(now, time.orElseThrow());
    Path target = folder.resolve(FOLDER.format(now.atZone(clock.getZone())));
    if (Files.exists(target)) {
      logger.warn("The daily backup was not made: {} exists already (was the clock set back?)", target);
      return;
    }
    try {
      backups.backUp(target);
    } catch (RuntimeException e) {
      logger.error("The daily backup into {} failed and was removed: {}", target, e.getMessage(), e);
      delete(target);
      return;
    }
    removeBeyondKept();
  }

  private void removeBeyondKept() {
    try (Stream<Path> present = Files.list(folder)) {
      List<Path> made = present.filter(Files::isDirectory)
          .filter(backup -> backup.getFileName().toString().matches(FOLDER_PATTERN))
          .sorted(Comparator.comparing((Path backup) -> backup.getFileName().toString()).reversed())
          .toList();
      made.stream().skip(keep).forEach(DailyBackups::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path backup) {
    if (!Files.exists(backup)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(backup)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
