package dev.quire.ingest;

import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.archive.ArchivedStory;
import dev.quire.platform.Sha256;
import dev.quire.tagging.TagSuggester;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One story of an old archive made ready to store, the same way for every archive format: a story
 * the archive could not give fails alone with its reasons ({@code backup.sql story 12}); a story
 * whose original (its own record, as JSON) Quire already holds is a duplicate of that work, so
 * importing an archive again adds nothing; any other is prepared like a file.
 */
final class ArchiveStories {

  private ArchiveStories() {}

  /**
   * @param format the original's format ({@code efiction}, {@code automated-archive})
   * @param archive how reports name the archive's file
   * @param archiveName names the originals' files ({@code NAME-story-12.json})
   */
  static ReadFile read(Importer importer, String format, String archive, String archiveName, ArchivedStory story,
      ImportOwner owner, boolean dryRun, TagSuggester suggester) {
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
      return importer.prepare(shown, new Original(fileName, format, record, sha256), story.story(), story.problems(),
          owner, dryRun, suggester);
    } catch (RuntimeException e) {
      return ReadFile.decided(Importer.defect(shown, e));
    }
  }
}
