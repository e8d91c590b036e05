package dev.quire.ingest;

import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.archive.ArchivedStory;
import dev.quire.ingest.archive.OpenDoorsArchive;
import dev.quire.platform.Sha256;
import dev.quire.tagging.TagSuggester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports an old archive in the Open Doors tables: every story becomes a work whose original is
 * the story's own rows (see {@code StoryRecord}), so importing the archive again finds the stories
 * it already holds, and a story that cannot be imported fails alone with the archive's reason.
 */
final class ArchiveImport {

  /**
   * An archive's tables together may be this large. The reader holds every row and story in
   * memory before the first is stored (a few times the dump's size), so the limit keeps a default
   * heap safe; a larger archive is imported in parts (split its dump by story id).
   */
  static final long MAX_ARCHIVE_BYTES = 150L * 1024 * 1024;

  static final String FORMAT = "open-doors";

  private final Importer importer;

  ArchiveImport(Importer importer) {
    this.importer = importer;
  }

  List<FileOutcome> importArchive(ImportUnits.Unit unit, ImportOwner owner, boolean dryRun, TagSuggester suggester) {
    String shown = unit.shown();
    List<ArchivedStory> stories;
    try {
      stories = OpenDoorsArchive.read(tables(unit));
    } catch (UnreadableFileException e) {
      return List.of(FileOutcome.failed(shown, e.getMessage()));
    } catch (IOException e) {
      return List.of(FileOutcome.failed(shown, "cannot read the archive (" + Importer.readFailure(e) + ")"));
    } catch (RuntimeException e) {
      return List.of(Importer.defect(shown, e));
    }
    String archiveName = unit.path().getFileName().toString().replaceFirst("\\.sql$", "");
    List<FileOutcome> outcomes = new ArrayList<>();
    for (ArchivedStory story : stories) {
      outcomes.add(importStory(shown, archiveName, story, owner, dryRun, suggester));
    }
    return outcomes;
  }

  private FileOutcome importStory(String archive, String archiveName, ArchivedStory story, ImportOwner owner,
      boolean dryRun, TagSuggester suggester) {
    String shown = archive + " story " + story.archiveStoryId();
    if (!story.readable()) {
      return FileOutcome.failed(shown, "the archive's story " + story.archiveStoryId() + ": "
          + String.join("; ", story.problems()));
    }
    byte[] record = story.record().getBytes(StandardCharsets.UTF_8);
    String sha256 = Sha256.hex(record);
    Optional<Long> existing = importer.workWithOriginal(sha256);
    if (existing.isPresent()) {
      return FileOutcome.duplicate(shown, existing.get());
    }
    String fileName = archiveName + "-story-" + story.archiveStoryId() + ".json";
    try {
      return importer.store(shown, new Original(fileName, FORMAT, record, sha256), story.story(),
          story.problems(), owner, dryRun, suggester);
    } catch (RuntimeException e) {
      return Importer.defect(shown, e);
    }
  }

  private static Map<String, byte[]> tables(ImportUnits.Unit unit) throws IOException, UnreadableFileException {
    long total = 0;
    for (Path table : unit.tables()) {
      total += Files.size(table);
    }
    if (total > MAX_ARCHIVE_BYTES) {
      throw new UnreadableFileException("the archive's tables hold " + total / (1024 * 1024)
          + " MB; Quire imports archives up to " + MAX_ARCHIVE_BYTES / (1024 * 1024) + " MB");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Path table : unit.tables()) {
      files.put(table.getFileName().toString(), Files.readAllBytes(table));
    }
    return files;
  }
}
