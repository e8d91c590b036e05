package dev.quire.cli;

import dev.quire.backup.ArchiveBackup;
import dev.quire.backup.ArchiveBackup.Summary;
import dev.quire.search.IndexCheck;
import dev.quire.search.SearchIndex;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    name = "restore",
    description = "Put back the database of a backup made by `quire backup`, then rebuild the search index "
        + "from it. Stop the archive's servers first.")
final class RestoreCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Parameters(paramLabel = "DIR", description = "The backup's folder.")
  Path folder;

  @Option(names = "--force", description = "Replace an archive that already holds works.")
  boolean force;

  @Override
  public Integer call() throws InterruptedException {
    Summary restored = new ArchiveBackup(Archive.database(archive)).restore(folder, force);
    // The index is rebuilt here, once, whatever it held before: not also when the archive opens.
    try (var context = Archive.open(archive, Archive.INDEX_AS_IT_IS)) {
      context.getBean(SearchIndex.class).rebuild();
      boolean clean = context.getBean(IndexCheck.class).check().clean();
      System.out.printf("Restored %d works from %s and rebuilt the search index%s.%n", restored.works(), folder,
          clean ? "" : ", which still differs from the database: run `quire fsck --repair`");
      return clean ? 0 : 1;
    }
  }
}
