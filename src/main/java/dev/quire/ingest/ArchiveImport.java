package dev.quire.ingest;

import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.archive.ArchivedStory;
import dev.quire.ingest.archive.OpenDoorsArchive;
import dev.quire.platform.Sha256;
import dev.quire.tagging.TagSuggester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports an old archive in the Open Doors tables: every story becomes a work whose original is
 * the story's own rows (see {@code StoryRecord}), so importing the archive again finds the stories
 * it already holds, and a story that cannot be imported fails alone with the archive's reason.
 */
final class ArchiveImport {

  static final String FORMAT = "open-doors";

  private final Importer importer;

  ArchiveImport(Importer importer) {
    this.importer = importer;
  }

  /**
   * Reads the archive and hands each story on to be stored with the run's batches (50 works to a
   * transaction, like a folder's files: a transaction per story made an archive four times slower).
   *
   * @param store takes each story, read and ready to store or with its outcome decided
   * @return the outcomes of what kept the archive from being read
   */
  List<FileOutcome> importArchive(ImportUnits.Unit unit, ImportOwner owner, boolean dryRun, TagSuggester suggester,
      Consumer<ReadFile> store) {
    String shown = unit.shown();
    String archiveName = unit.path().getFileName().toString().replaceFirst("\\.sql$", "");
    List<FileOutcome> outcomes = new ArrayList<>();
    // The tables are streamed and each story built as it is reached, so an archive of any size
    // is read in memory bounded by its number of stories and chapters, not their text.
    try (OpenDoorsArchive archive = OpenDoorsArchive.open(unit.tables())) {
      for (Iterator<ArchivedStory> stories = archive.stories(); stories.hasNext(); ) {
        store.accept(read(shown, archiveName, stories.next(), owner, dryRun, suggester));
      }
    } catch (UnreadableFileException e) {
      outcomes.add(FileOutcome.failed(shown, e.getMessage()));
    } catch (IOException e) {
      outcomes.add(FileOutcome.failed(shown, "cannot read the archive (" + Importer.readFailure(e) + ")"));
    } catch (UncheckedIOException e) {
      outcomes.add(FileOutcome.failed(shown, "cannot read the archive (" + Importer.readFailure(e.getCause()) + ")"));
    } catch (ImportStoppedException e) {
      throw e;
    } catch (RuntimeException e) {
      outcomes.add(Importer.defect(shown, e));
    }
    return outcomes;
  }

  private ReadFile read(String archive, String archiveName, ArchivedStory story, ImportOwner owner,
      boolean dryRun, TagSuggester suggester) {
    String shown = archive + " story " + story.archiveStoryId();
    if (!story.readable()) {
      return ReadFile.decided(FileOutcome.failed(shown, "the archive's story " + story.archiveStoryId() + ": "
          + String.join("; ", story.problems())));
    }
    byte[] record = story.record().getBytes(StandardCharsets.UTF_8);
    String sha256 = Sha256.hex(record);
    Optional<Long> existing = importer.workWithOriginal(sha256);
    if (existing.isPresent()) {
      return ReadFile.decided(FileOutcome.duplicate(shown, existing.get()));
    }
    String fileName = archiveName + "-story-" + story.archiveStoryId() + ".json";
    try {
      return importer.prepare(shown, new Original(fileName, FORMAT, record, sha256), story.story(),
          story.problems(), owner, dryRun, suggester);
    } catch (RuntimeException e) {
      return ReadFile.decided(Importer.defect(shown, e));
    }
  }
}
