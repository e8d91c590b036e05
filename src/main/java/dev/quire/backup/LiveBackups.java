package dev.quire.backup;

import dev.quire.backup.ArchiveBackup.Summary;
import dev.quire.platform.QuireVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Backups the running archive makes of itself, whether its daily schedule ({@link DailyBackups}) or
 * {@code quire backup} through its {@link ServingControl} asks: the same {@link ArchiveBackup} as
 * the command's, through a connection of the server's own (H2 shares an open database with every
 * connection of its process), one at a time (a second waits for the first), each logged in one line
 * with where it went and how large it is.
 */
@Component
public class LiveBackups {

  private static final Logger logger = LoggerFactory.getLogger(LiveBackups.class);

  private final ArchiveBackup backup;
  private final boolean embedded;

  LiveBackups(Environment settings) {
    ArchiveBackup.Database database = ArchiveBackup.Database.of(settings);
    this.backup = new ArchiveBackup(database);
    this.embedded = database.embedded();
  }

  /** Whether the archive is an embedded one, whose backups its server alone can make while it runs. */
  boolean embedded() {
    return embedded;
  }

  /**
   * Writes a backup of the archive into {@code folder}, which must be new or empty, once no other
   * backup is being made.
   *
   * @throws BackupException when the folder is not empty, with the sentence to show
   */
  public synchronized Summary backUp(Path folder) {
    long started = System.nanoTime();
    Summary summary = backup.backup(folder, QuireVersion.name());
    logger.info("Backed up {} works to {}: {} in {}", summary.works(), folder.toAbsolutePath(),
        size(folder, summary), seconds(Duration.ofNanos(System.nanoTime() - started)));
    return summary;
  }

  private static String size(Path folder, Summary summary) {
    long bytes = 0;
    for (String file : summary.files()) {
      try {
        bytes += Files.size(folder.resolve(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String seconds(Duration taken) {
    return String.format(Locale.ROOT, "%.1f s", taken.toMillis() / 1000.0);
  }
}
