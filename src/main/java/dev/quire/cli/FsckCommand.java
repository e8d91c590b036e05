package dev.quire.cli;

import dev.quire.search.IndexCheck;
import dev.quire.search.IndexCheck.Findings;
import dev.quire.search.IndexCheck.Repair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code quire fsck}: whether the search index holds exactly what the database says it should.
 * Exit 0 when it does (or a repair made it so), 1 when differences remain, 2 on an error.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "fsck",
    description = "Compare the search index with the database: works missing from it, documents of works "
        + "that are gone (extra), and documents older than their work (stale).")
final class FsckCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Option(names = "--repair", description = "Index what a killed import left waiting, reindex missing and stale "
      + "works, remove extra documents, then check again.")
  boolean repair;

  @Option(names = "--json", description = "Print {\"missing\":N,\"extra\":N,\"stale\":N} (what was found) on "
      + "standard output, nothing else.")
  boolean json;

  @Override
  public Integer call() {
    try (var context = Archive.open(archive, Archive.INDEX_AS_IT_IS)) {
      IndexCheck check = context.getBean(IndexCheck.class);
      if (!repair) {
        Findings found = check.check();
        print(found, found.clean() ? "The search index matches the database." : "The search index differs from "
            + "the database; `quire fsck --repair` fixes it.");
        return found.clean() ? 0 : 1;
      }
      Repair done = check.repair();
      Findings after = done.after();
      if (!json && done.replayed() > 0) {
        System.out.printf("Indexed %d works a stopped import had left waiting.%n", done.replayed());
      }
      print(done.repaired(), after.clean()
          ? "Repaired: the search index matches the database now."
          : "Still differing after the repair: " + describe(after) + summaryOf(after));
      return after.clean() ? 0 : 1;
    }
  }

  private void print(Findings found, String verdict) {
    if (json) {
      System.out.printf("{\"missing\":%d,\"extra\":%d,\"stale\":%d}%n", found.missing(), found.extra(), found.stale());
      return;
    }
    System.out.println(describe(found) + ".");
    found.named().forEach(sentence -> System.out.println("  " + sentence));
    System.out.println(verdict);
  }

  private static String describe(Findings found) {
    return "Missing: %d, extra: %d, stale: %d".formatted(found.missing(), found.extra(), found.stale());
  }

  private static String summaryOf(Findings after) {
    return after.named().isEmpty() ? "" : " (" + String.join("; ", after.named()) + ")";
  }
}
