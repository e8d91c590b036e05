package dev.quire.posting;

import dev.quire.ingest.ArchiveVocabulary;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Suggestion;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Quire's tag suggestions for a work still being written, with their evidence: what the importer
 * would suggest for the same text, less the tags the creator already gave. Nothing is stored.
 * Thread-safe.
 */
@Component
public class DraftSuggestions {

  private final ArchiveVocabulary vocabulary;

  DraftSuggestions(ArchiveVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The tags {@code work}'s text implies beyond those its fields give, most likely first per rule. */
  public List<Suggestion> suggest(NewWork work) {
    WorkFields fields = work.fields();
    StoryDocument.Builder story = StoryDocument.builder()
        .title(fields.title())
        .summary(StoredText.of(fields.summary(), ChapterText.Markup.HTML))
        .notes(StoredText.of(fields.notes(), ChapterText.Markup.HTML))
        .endNotes(StoredText.of(fields.endNotes(), ChapterText.Markup.HTML));
    Map.of(TagKind.RATING, fields.rating() == null ? List.<String>of() : List.of(fields.rating()),
            TagKind.WARNING, fields.warnings(), TagKind.CATEGORY, fields.categories(),
            TagKind.FANDOM, fields.fandoms(), TagKind.RELATIONSHIP, fields.relationships(),
            TagKind.CHARACTER, fields.characters(), TagKind.FREEFORM, fields.freeforms())
        .forEach((kind, names) -> names.stream().filter(n -> !n.isBlank()).forEach(n -> story.tag(kind, n.strip())));
    work.chapters().forEach(chapter -> {
      String body = StoredText.of(chapter.text(), chapter.markup());
      story.chapter(new StoryChapter(chapter.title(), null, null, body == null ? "" : body));
    });
    if (work.chapters().isEmpty()) {
      story.chapter(new StoryChapter(null, null, null, ""));
    }
    return vocabulary.suggester().suggest(story.build());
  }
}
