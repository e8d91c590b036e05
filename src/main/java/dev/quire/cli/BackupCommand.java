package dev.quire.cli;

import dev.quire.backup.ArchiveBackup;
import dev.quire.backup.ArchiveBackup.Summary;
import dev.quire.backup.RunningServer;
import dev.quire.platform.QuireVersion;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "backup",
    description = "Back up the archive's database (works, originals, accounts: everything but the search "
        + "index, which a restore rebuilds) into a new or empty folder, with a manifest of checksums. "
        + "While `quire serve` holds an embedded archive, the server makes the backup.")
final class BackupCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Parameters(paramLabel = "DIR", description = "The folder to write the backup into.")
  Path folder;

  @Override
  public Integer call() {
    ArchiveBackup.Database database = Archive.database(archive);
    // H2 lets one process open an embedded archive: while a server holds it, the server backs it up.
    Optional<Summary> served = database.embedded() ? RunningServer.backUp(archive.data, folder) : Optional.empty();
    Summary summary = served.orElseGet(() -> new ArchiveBackup(database).backup(folder, QuireVersion.name()));
    System.out.printf("Backed up %d works to %s (%s).%n", summary.works(), folder, String.join(", ", summary.files()));
    return 0;
  }
}
