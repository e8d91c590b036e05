package dev.quire.cli;

import dev.quire.account.Viewer;
import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.archive.CsvRows;
import dev.quire.tag.TagKind;
import dev.quire.wrangling.TagMapRow;
import dev.quire.wrangling.VocabularyMapping;
import dev.quire.wrangling.WranglingRefusedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "tags",
    description = "Wrangle the archive's tags from the command line.",
    subcommands = TagsCommand.ImportMap.class)
final class TagsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(mixinStandardHelpOptions = true, name = "import-map",
      description = {"Apply a vocabulary mapping, as Open Doors' tag spreadsheets give one: a CSV file",
          "with the columns tag, kind, canonical, synonym_of, fandom (the last three may be blank).",
          "Tags, canonical tags and fandoms it names that do not exist are made. Every row is applied",
          "or, when one is refused, none; each change is in the tag's audit trail, credited to quire."})
  static final class ImportMap implements Callable<Integer> {

    @Mixin ArchiveOptions archive;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the mapping")
    Path file;

    @Option(names = "--dry-run", description = "say what would change, and change nothing")
    boolean dryRun;

    @Override
    public Integer call() {
      List<TagMapRow> rows;
      try {
        rows = rows(CsvRows.read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString()));
      } catch (IOException | UnreadableFileException | IllegalArgumentException e) {
        System.err.println("quire: " + e.getMessage());
        return 2;
      }
      try (var context = Archive.open(archive)) {
        VocabularyMapping.Report report = context.getBean(VocabularyMapping.class).apply(Viewer.archive(), rows, dryRun);
        report.made().forEach(tag -> System.out.println((dryRun ? "would make " : "made ") + tag));
        report.lines().forEach(System.out::println);
        System.out.println((dryRun ? "Dry run: nothing was changed; " : "") + rows.size() + " rows"
            + (dryRun ? " would be applied." : " applied; their works are being re-filed in search."));
        return 0;
      } catch (WranglingRefusedException refused) {
        System.err.println("quire: " + refused.getReason() + " (nothing was changed)");
        return 1;
      }
    }

    /** The rows of the file, numbered as its lines (the header is line 1). */
    private static List<TagMapRow> rows(List<Map<String, String>> records) {
      if (!records.isEmpty() && (!records.getFirst().containsKey("tag") || !records.getFirst().containsKey("kind"))) {
        throw new IllegalArgumentException("the mapping needs the columns tag and kind (and may have canonical,"
            + " synonym_of, fandom)");
      }
      List<TagMapRow> rows = new ArrayList<>();
      int line = 1;
      for (Map<String, String> record : records) {
        line++;
        String tag = record.get("tag");
        if (tag == null || tag.isBlank()) {
          throw new IllegalArgumentException("line " + line + ": the tag is blank");
        }
        TagKind kind;
        try {
          kind = TagKind.fromKey(String.valueOf(record.get("kind")).strip());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + line + ": '" + record.get("kind") + "' is no kind of tag; the kinds are "
              + TagKind.keys());
        }
        rows.add(new TagMapRow(line, tag, kind, yesNo(record.get("canonical"), line), record.get("synonym_of"),
            record.get("fandom")));
      }
      return rows;
    }

    private static Boolean yesNo(String value, int line) {
      if (value == null || value.isBlank()) {
        return null;
      }
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "y", "1" -> true;
        case "false", "no", "n", "0" -> false;
        default -> throw new IllegalArgumentException("line " + line + ": canonical is '" + value
            + "'; write yes, no or leave it blank");
      };
    }
  }
}
