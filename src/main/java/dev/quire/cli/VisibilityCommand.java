package dev.quire.cli;

import dev.quire.work.Visibility;
import dev.quire.work.VisibilityChanges;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "visibility",
    description = {"Publish, draft or hide works. Drafts and hidden works are kept but never shown",
        "to readers: not in search, tag pages, feeds or their own pages."})
final class VisibilityCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Parameters(index = "0", paramLabel = "VISIBILITY", description = "published, draft or hidden")
  String visibility;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "WORK", description = "work ids")
  List<Long> works;

  @Override
  public Integer call() {
    Visibility wanted;
    try {
      wanted = Visibility.valueOf(visibility.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println("quire: '" + visibility + "' is not a visibility: use published, draft or hidden");
      return 2;
    }
    int failed = 0;
    try (var context = Archive.open(archive.data)) {
      VisibilityChanges changes = context.getBean(VisibilityChanges.class);
      for (long id : works) {
        try {
          Visibility before = changes.change(id, wanted);
          System.out.printf("work %d: %s -> %s%n", id, name(before), name(wanted));
        } catch (NoSuchElementException e) {
          System.err.printf("work %d: %s%n", id, e.getMessage());
          failed++;
        }
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private static String name(Visibility visibility) {
    return visibility.name().toLowerCase(Locale.ROOT);
  }
}
