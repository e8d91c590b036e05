package dev.quire.cli;

import dev.quire.account.AccountRepository;
import dev.quire.account.UserNames;
import dev.quire.account.Viewer;
import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportOwner;
import dev.quire.ingest.ImportProgress;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import files, or every file below folders, into the archive.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file imported or was a duplicate",
      "1:some file failed (the report says which)",
      "2:the command line is wrong, the archivist named is not one, or the archive could not be opened"
          + " (the reason is printed; nothing is imported)"
    })
final class ImportCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Option(names = "--json", description = "Print the report as one JSON object on standard output.")
  boolean json;

  @Option(names = "--dry-run", description = "Report what would happen; store nothing.")
  boolean dryRun;

  @Option(names = "--archivist", paramLabel = "NAME", description = "The archivist the works belong to: they"
      + " edit them, decide their tag suggestions and invite their creators to claim them. Without it, the"
      + " works belong to no account.")
  String archivist;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
  List<Path> paths;

  @Override
  public Integer call() {
    Totals totals = new Totals();
    ImportReport report;
    try (var context = Archive.open(archive)) {
      ImportOwner owner = archivist == null ? ImportOwner.NONE : owner(context.getBean(AccountRepository.class));
      Importer importer = context.getBean(Importer.class);
      ImportProgress display = json
          ? outcome -> {}
          : new ProgressDisplay(System.out, System.console() != null);
      report = importer.importPaths(paths, owner, dryRun, totals.around(display));
    }
    if (json) {
      System.out.println(JsonMapper.builder().build().writeValueAsString(asJson(report)));
    } else {
      System.out.println(summary(report, totals.bytes, (System.nanoTime() - totals.startNanos) / 1e9));
    }
    return report.failed() > 0 ? 1 : 0;
  }

  /** The archivist named, who must hold the role; else the reason, and nothing is imported. */
  private ImportOwner owner(AccountRepository accounts) {
    Viewer named = accounts.findByUserKey(UserNames.key(archivist))
        .filter(account -> !account.isSystemAccount())
        .map(Viewer::of)
        .orElseThrow(() -> new IllegalArgumentException("there is no account " + archivist + "; nothing was imported"));
    try {
      return ImportOwner.archivist(named);
    } catch (AccessDeniedException refused) {
      // Without its cause: the command line prints the innermost message.
      throw new IllegalArgumentException(refused.getMessage().replaceFirst("\\.$", "") + "; nothing was imported");
    }
  }

  /** The closing lines: counts, throughput and the failures grouped by reason. */
  private String summary(ImportReport report, long bytes, double seconds) {
    StringBuilder text = new StringBuilder(String.format(
        "%d imported, %d updated, %d duplicate, %d failed in %.1f s of importing (%.1f files/s, %.2f MB/s)%s",
        report.imported(), report.updated(), report.duplicates(), report.failed(), seconds,
        report.files().size() / seconds, bytes / 1e6 / seconds,
        dryRun ? "; dry run: nothing stored" : ""));
    report.files().stream()
        .filter(f -> f.status() == FileOutcome.Status.FAILED)
        .collect(Collectors.groupingBy(FileOutcome::reason, TreeMap::new, Collectors.counting()))
        .forEach((reason, count) -> text.append(String.format("%n  %d failed: %s", count, reason)));
    text.append(String.format("%nReport kept as import %d (/imports/%d).", report.runId(), report.runId()));
    return text.toString();
  }

  /** Remembers the run's size and start (after the archive opened) while passing progress on. */
  private static final class Totals {
    long bytes;
    long startNanos = System.nanoTime();

    ImportProgress around(ImportProgress display) {
      return new ImportProgress() {
        @Override
        public void started(int files, long totalBytes) {
          bytes = totalBytes;
          startNanos = System.nanoTime();
          display.started(files, totalBytes);
        }

        @Override
        public void fileDone(FileOutcome outcome) {
          display.fileDone(outcome);
        }
      };
    }
  }

  /** The report in the shape scripts rely on (see the README). */
  static Map<String, Object> asJson(ImportReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("imported", report.imported());
    json.put("updated", report.updated());
    json.put("duplicates", report.duplicates());
    json.put("failed", report.failed());
    json.put("files", report.files().stream().map(ImportCommand::asJson).toList());
    json.put("runId", report.runId());
    return json;
  }

  private static Map<String, Object> asJson(FileOutcome outcome) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("path", outcome.path());
    json.put("status", outcome.status().word());
    json.put("workId", outcome.workId());
    json.put("reason", outcome.reason());
    json.put("flags", outcome.flags());
    return json;
  }
}
