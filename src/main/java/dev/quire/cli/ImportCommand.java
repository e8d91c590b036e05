package dev.quire.cli;

import dev.quire.ingest.FileOutcome;
import dev.quire.ingest.ImportReport;
import dev.quire.ingest.Importer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "import",
    description = "Import files, or every file below folders, into the archive.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file imported or was a duplicate", "1:some file failed (the report says which)"})
final class ImportCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Option(names = "--json", description = "Print the report as one JSON object on standard output.")
  boolean json;

  @Option(names = "--dry-run", description = "Report what would happen; store nothing.")
  boolean dryRun;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
  List<Path> paths;

  @Override
  public Integer call() {
    ImportReport report;
    try (var context = Archive.open(archive.data)) {
      Importer importer = context.getBean(Importer.class);
      Consumer<FileOutcome> progress = json ? outcome -> {} : line(System.out);
      report = importer.importPaths(paths, dryRun, progress);
    }
    if (json) {
      System.out.println(JsonMapper.builder().build().writeValueAsString(asJson(report)));
    } else {
      System.out.printf("%d imported, %d duplicate, %d failed%s%n",
          report.imported(), report.duplicates(), report.failed(), dryRun ? " (dry run: nothing stored)" : "");
    }
    return report.failed() > 0 ? 1 : 0;
  }

  private static Consumer<FileOutcome> line(PrintStream out) {
    return outcome -> {
      StringBuilder line = new StringBuilder(String.format("%-9s %s", outcome.status().word(), outcome.path()));
      if (outcome.workId() != null) {
        line.append(" -> work ").append(outcome.workId());
      }
      if (outcome.reason() != null) {
        line.append(": ").append(outcome.reason());
      }
      if (!outcome.flags().isEmpty()) {
        line.append(" (").append(String.join(", ", outcome.flags())).append(')');
      }
      out.println(line);
    };
  }

  /** The report in the shape scripts rely on (see the README). */
  static Map<String, Object> asJson(ImportReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("imported", report.imported());
    json.put("duplicates", report.duplicates());
    json.put("failed", report.failed());
    json.put("files", report.files().stream().map(ImportCommand::asJson).toList());
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
