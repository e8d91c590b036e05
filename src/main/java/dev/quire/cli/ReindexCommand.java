package dev.quire.cli;

import dev.quire.search.SearchIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(mixinStandardHelpOptions = true, name = "reindex", description = "Rebuild the search index from the database.")
final class ReindexCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Override
  public Integer call() throws InterruptedException {
    try (var context = Archive.open(archive, Archive.INDEX_AS_IT_IS)) {
      long works = context.getBean(SearchIndex.class).rebuild();
      System.out.printf("Reindexed %d works.%n", works);
    }
    return 0;
  }
}
