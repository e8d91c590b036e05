package dev.quire.ingest;

import dev.quire.ingest.archive.ArchivedStory;
import dev.quire.ingest.archive.EfictionArchive;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tagging.TagSuggester;
import dev.quire.work.WordCounter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports an eFiction backup as one archive: one outcome per story ({@code backup.sql story 12}),
 * what kept part of the dump from being read as failures of the dump, and a summary of the archive
 * (stories, chapters, words, authors, tags by kind, and the tags that map to nothing, for the
 * wranglers). Stories are read and stored one at a time, so the archive's size costs time, not
 * memory.
 */
final class EfictionImport {

  static final String FORMAT = "efiction";

  private final ArchiveImport archives;

  EfictionImport(ArchiveImport archives) {
    this.archives = archives;
  }

  List<FileOutcome> importArchive(ImportUnits.Unit unit, ImportOwner owner, boolean dryRun, TagSuggester suggester) {
    String shown = unit.shown();
    ImportUnits.Efiction backup = unit.efiction();
    if (backup.refusal() != null) {
      return List.of(FileOutcome.failed(shown, backup.refusal()));
    }
    String name = archiveName(unit.path().getFileName().toString());
    List<FileOutcome> outcomes = new ArrayList<>();
    try (EfictionArchive archive = EfictionArchive.open(unit.path(), shown, backup.storyFiles(), backup.folder(), name)) {
      archive.problems().forEach(problem -> outcomes.add(FileOutcome.failed(shown, problem)));
      Summary summary = new Summary();
      for (Iterator<ArchivedStory> stories = archive.stories(); stories.hasNext(); ) {
        ArchivedStory story = stories.next();
        FileOutcome outcome = archives.importStory(shown, name, FORMAT, story, owner, dryRun, suggester);
        summary.add(story, outcome);
        outcomes.add(outcome);
      }
      outcomes.add(FileOutcome.archive(shown, summary.lines(archive)));
    } catch (RuntimeException e) {
      outcomes.add(Importer.defect(shown, e));
    }
    return outcomes;
  }

  /**
   * The archive's name across its backups, when its settings give no address: the dump's name
   * without dates or numbers ({@code myarchive-2024-05-01.sql} is {@code myarchive}).
   */
  static String archiveName(String dumpFileName) {
    String name = dumpFileName.replaceFirst("(?i)\\.sql$", "")
        .replaceAll("[0-9]+", "")
        .replaceAll("[-_. ]+", "-")
        .replaceAll("^-|-$", "")
        .toLowerCase(Locale.ROOT);
    return name.isEmpty() ? "efiction" : name;
  }

  /** What the archive held, counted as its stories pass. */
  private static final class Summary {
    private int stories;
    private int imported;
    private int already;
    private int failed;
    private int chapters;
    private long words;
    private final Map<TagKind, Set<String>> tags = new EnumMap<>(TagKind.class);

    void add(ArchivedStory story, FileOutcome outcome) {
      stories++;
      switch (outcome.status()) {
        case IMPORTED, UPDATED -> imported++;
        case DUPLICATE -> already++;
        default -> failed++;
      }
      if (!story.readable()) {
        return;
      }
      for (StoryChapter chapter : story.story().chapters()) {
        chapters++;
        words += WordCounter.countHtml(HtmlSanitizer.clean(chapter.bodyHtml()));
      }
      for (AuthorTag tag : story.story().tags()) {
        tags.computeIfAbsent(tag.kind(), k -> new TreeSet<>()).add(tag.name());
      }
    }

    List<String> lines(EfictionArchive archive) {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "eFiction archive: %d stories (%d imported, %d already here,"
          + " %d failed), %d chapters, %,d words, %d authors", stories, imported, already, failed, chapters,
          words, archive.authorCount()));
      List<String> kinds = new ArrayList<>();
      tags.forEach((kind, names) -> kinds.add(names.size() + " " + kind.pluralLabel().toLowerCase(Locale.ROOT)));
      lines.add("tags by kind: " + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
      archive.unmapped().stream().sorted().forEach(tag -> lines.add("maps to no tag: " + tag));
      return lines;
    }
  }
}
