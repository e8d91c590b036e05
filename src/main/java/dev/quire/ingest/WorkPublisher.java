package dev.quire.ingest;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Tag;
import dev.quire.tag.TagRepository;
import dev.quire.tagging.Suggestion;
import dev.quire.work.Chapter;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.OriginalContent;
import dev.quire.work.OriginalContentRepository;
import dev.quire.work.Work;
import dev.quire.work.WordCounter;
import dev.quire.work.WorkRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a story read from a file as a new work: the work, its chapters, creators, tags,
 * suggestions and the original bytes, all in one transaction, so that a failure leaves nothing
 * behind. The search index follows when the transaction commits.
 */
@Component
public class WorkPublisher {

  private final WorkRepository works;
  private final CreatorRepository creators;
  private final TagRepository tags;
  private final OriginalContentRepository contents;
  private final Clock clock;

  WorkPublisher(
      WorkRepository works,
      CreatorRepository creators,
      TagRepository tags,
      OriginalContentRepository contents,
      Clock clock) {
    this.works = works;
    this.creators = creators;
    this.tags = tags;
    this.contents = contents;
    this.clock = clock;
  }

  /**
   * A file's story, as it should be stored.
   *
   * @param story what the format read
   * @param title the title to store (the story's own, or one the importer chose)
   * @param suggestions tags proposed for an editor
   * @param original the file's name, format, bytes and SHA-256
   */
  public record Submission(
      StoryDocument story, String title, List<Suggestion> suggestions, Original original) {}

  /** An imported file: the exact bytes and what they were read as. */
  public record Original(String fileName, String format, byte[] bytes, String sha256) {}

  /** Stores {@code submission} as a new work and returns its id. */
  @Transactional
  public long publish(Submission submission) {
    StoryDocument story = submission.story();
    Instant now = clock.instant();
    LocalDate published = story.published() != null ? story.published() : LocalDate.now(clock);
    Instant updated = story.updated() != null ? story.updated().atStartOfDay(clock.getZone()).toInstant() : now;
    Work work = new Work(submission.title(), published, updated);
    work.setSummary(HtmlSanitizer.clean(story.summary()));
    work.setNotes(HtmlSanitizer.clean(story.notes()));
    work.setEndNotes(HtmlSanitizer.clean(story.endNotes()));
    work.setLanguage(story.language());
    work.setChaptersExpected(story.chaptersExpected());
    story.creators().forEach(name -> work.addCreator(creator(name)));
    story.tags().forEach(tag -> work.addTag(tag(tag)));
    story.chapters().forEach(chapter -> addChapter(work, chapter));
    submission.suggestions()
        .forEach(s -> work.addSuggestion(s.kind(), s.name(), s.confidence(), s.evidence()));
    Original original = submission.original();
    work.addOriginal(
        original.sha256(), original.fileName(), original.format(), original.bytes().length, now);
    works.save(work);
    contents.save(new OriginalContent(original.sha256(), original.bytes()));
    return work.getId();
  }

  private static void addChapter(Work work, StoryChapter chapter) {
    String body = HtmlSanitizer.clean(chapter.bodyHtml());
    Chapter stored = work.addChapter(chapter.title(), body, WordCounter.countHtml(body));
    stored.setNotes(HtmlSanitizer.clean(chapter.notes()));
    stored.setEndNotes(HtmlSanitizer.clean(chapter.endNotes()));
  }

  private Creator creator(String name) {
    return creators.findByName(name.strip()).orElseGet(() -> creators.save(new Creator(name)));
  }

  private Tag tag(AuthorTag tag) {
    return tags.findByKindAndName(tag.kind(), tag.name().strip())
        .orElseGet(() -> tags.save(new Tag(tag.kind(), tag.name())));
  }
}
