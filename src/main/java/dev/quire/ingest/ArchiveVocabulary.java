package dev.quire.ingest;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Tag;
import dev.quire.tagging.TagSuggester;
import dev.quire.tagging.Vocabulary;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabulary suggestions are made with: the one Quire ships, plus the names the archive's own
 * tagged works teach (a character tag whose first name or surname the work's text uses teaches
 * that name). Tags authors gave and suggestions editors accepted teach alike. Relearnt when the
 * number of works tagged with characters has changed since. Thread-safe.
 */
@Component
public class ArchiveVocabulary {

  /** The newest works learnt from; enough to follow an archive's fandoms without reading it all. */
  static final int WORKS_LEARNT_FROM = 500;

  private final WorkRepository works;
  private long learntFromCount = -1;
  private TagSuggester suggester = new TagSuggester();

  ArchiveVocabulary(WorkRepository works) {
    this.works = works;
  }

  /** A suggester knowing the shipped vocabulary and what the archive's tagged works teach. */
  @Transactional(readOnly = true)
  public synchronized TagSuggester suggester() {
    long tagged = works.countWithCharacterTags();
    if (tagged != learntFromCount) {
      List<StoryDocument> taught = works.findWithCharacterTags(PageRequest.of(0, WORKS_LEARNT_FROM))
          .stream().map(ArchiveVocabulary::asStory).toList();
      suggester = new TagSuggester(Vocabulary.shipped().merge(Vocabulary.learnFrom(taught)));
      learntFromCount = tagged;
    }
    return suggester;
  }

  private static StoryDocument asStory(Work work) {
    StoryDocument.Builder story = StoryDocument.builder().title(work.getTitle());
    for (Tag tag : work.getTags()) {
      story.tag(tag.getKind(), tag.getName());
    }
    work.getChapters().forEach(c -> story.chapter(new StoryChapter(c.getTitle(), null, null, c.getBody())));
    return story.build();
  }
}
