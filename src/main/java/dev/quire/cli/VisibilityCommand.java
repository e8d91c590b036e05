package dev.quire.cli;

import dev.quire.account.Viewer;
import dev.quire.work.Visibility;
import dev.quire.work.VisibilityChanges;
import dev.quire.work.WorkNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(mixinStandardHelpOptions = true, name = "visibility",
    description = {"Publish, draft or hide works, or show them to logged-in readers only.",
        "Drafts and hidden works are kept but never listed: not in search, tag pages, feeds;",
        "restricted works are listed and opened for logged-in readers only, never for guests."})
final class VisibilityCommand implements Callable<Integer> {

  private static final String RESTRICTED = "restricted";
  private static final String UNRESTRICTED = "unrestricted";

  @Mixin ArchiveOptions archive;

  @Parameters(index = "0", paramLabel = "VISIBILITY",
      description = "published, draft or hidden; or restricted (logged-in readers only) or unrestricted")
  String visibility;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "WORK", description = "work ids")
  List<Long> works;

  /** One change to one work, returning what the work was before, in the command's words. */
  private interface Change {
    String apply(VisibilityChanges changes, long id);
  }

  @Override
  public Integer call() {
    String wanted = visibility.strip().toLowerCase(Locale.ROOT);
    Change change = change(wanted);
    if (change == null) {
      System.err.println("quire: '" + visibility + "' is not a visibility: use published, draft or hidden,"
          + " or restricted or unrestricted");
      return 2;
    }
    int failed = 0;
    try (var context = Archive.open(archive)) {
      VisibilityChanges changes = context.getBean(VisibilityChanges.class);
      for (long id : works) {
        try {
          System.out.printf("work %d: %s -> %s%n", id, change.apply(changes, id), wanted);
        } catch (WorkNotFoundException e) {
          System.err.printf("work %d: %s%n", id, e.getMessage());
          failed++;
        }
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private static Change change(String wanted) {
    if (wanted.equals(RESTRICTED) || wanted.equals(UNRESTRICTED)) {
      boolean restricted = wanted.equals(RESTRICTED);
      return (changes, id) -> changes.restrict(Viewer.archive(), id, restricted) ? RESTRICTED : UNRESTRICTED;
    }
    try {
      Visibility visibility = Visibility.valueOf(wanted.toUpperCase(Locale.ROOT));
      return (changes, id) -> changes.change(Viewer.archive(), id, visibility).name().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
