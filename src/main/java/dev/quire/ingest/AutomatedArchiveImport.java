package dev.quire.ingest;

import dev.quire.ingest.archive.ArchivedStory;
import dev.quire.ingest.archive.AutomatedArchive;
import dev.quire.tagging.TagSuggester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports an Automated Archive backup as one archive, as an eFiction backup is: one outcome per
 * story ({@code ARCHIVE_DB.pl story 12}), what kept part of the database from being read as
 * failures of the database, and a summary (stories, words, authors, tags by kind, what maps to no
 * tag, and how many files of the folder are no story's). Stories are read one at a time and stored
 * with the run's batches. A story's original is its entry and its file's text as JSON, so importing
 * the backup again finds the stories it already holds.
 */
final class AutomatedArchiveImport {

  static final String FORMAT = "automated-archive";

  private final Importer importer;

  AutomatedArchiveImport(Importer importer) {
    this.importer = importer;
  }

  /**
   * Reads the archive and hands each story on to be stored.
   *
   * @param record takes outcomes decided while reading: the database's problems
   * @param store takes each story, read and ready to store or with its outcome decided
   * @return the archive's summary, to record once its stories are stored
   */
  List<FileOutcome> importArchive(ImportUnits.Unit unit, ImportOwner owner, boolean dryRun, TagSuggester suggester,
      Consumer<List<FileOutcome>> record, Consumer<ReadFile> store) {
    String shown = unit.shown();
    ImportUnits.Automated backup = unit.automated();
    byte[] database;
    try {
      database = Files.readAllBytes(unit.path());
    } catch (IOException e) {
      return List.of(FileOutcome.failed(shown, "cannot read the archive's database (" + Importer.readFailure(e) + ")"));
    }
    try {
      AutomatedArchive archive = AutomatedArchive.read(database, shown, backup.folder());
      record.accept(archive.problems().stream().map(problem -> FileOutcome.failed(shown, problem)).toList());
      String name = archiveName(backup.folder());
      ArchiveSummary summary = new ArchiveSummary();
      for (Iterator<ArchivedStory> stories = archive.stories(); stories.hasNext(); ) {
        ArchivedStory story = stories.next();
        summary.add(story);
        store.accept(ArchiveStories.read(importer, FORMAT, shown, name, story, owner, dryRun, suggester));
      }
      List<String> lines = summary.lines("Automated Archive", archive.authorCount(), archive.unmapped());
      Set<Path> storyFiles = archive.storyFiles();
      long others = backup.files().stream().map(f -> f.toAbsolutePath().normalize())
          .filter(f -> !storyFiles.contains(f)).count();
      if (others > 0) {
        lines.add(others + (others == 1 ? " file beside the database belongs" : " files beside the database belong")
            + " to no story"
            + " (the archive's own pages, or stories it no longer lists) and are not imported");
      }
      return List.of(FileOutcome.archive(shown, lines));
    } catch (ImportStoppedException e) {
      throw e;
    } catch (RuntimeException e) {
      return List.of(Importer.defect(shown, e));
    }
  }

  /** The archive's name for its originals' files: its folder's name without dates or numbers. */
  private static String archiveName(Path folder) {
    Path last = folder.getFileName();
    String name = last == null ? "" : last.toString().replaceAll("[0-9]+", "").replaceAll("[-_. ]+", "-")
        .replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
    return name.isEmpty() ? "automated-archive" : name;
  }
}
