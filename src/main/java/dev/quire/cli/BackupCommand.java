package dev.quire.cli;

import dev.quire.backup.ArchiveBackup;
import dev.quire.backup.ArchiveBackup.Summary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "backup",
    description = "Back up the archive's database (works, originals, accounts: everything but the search "
        + "index, which a restore rebuilds) into a new or empty folder, with a manifest of checksums.")
final class BackupCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Parameters(paramLabel = "DIR", description = "The folder to write the backup into.")
  Path folder;

  @Override
  public Integer call() {
    Summary summary = new ArchiveBackup(Archive.database(archive))
        .backup(folder, new QuireCommand.Version().getVersion()[0]);
    System.out.printf("Backed up %d works to %s (%s).%n", summary.works(), folder, String.join(", ", summary.files()));
    return 0;
  }
}
