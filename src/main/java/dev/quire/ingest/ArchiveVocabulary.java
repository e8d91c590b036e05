package dev.quire.ingest;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tagging.CanonCharacter;
import dev.quire.tagging.Fandom;
import dev.quire.tagging.Gender;
import dev.quire.tagging.TagSuggester;
import dev.quire.tagging.Vocabulary;
import dev.quire.work.SuggestionRecord;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabulary suggestions are made with: the one Quire ships, plus the names the archive's own
 * tagged works teach (a character tag whose first name or surname the work's text uses teaches
 * that name), plus what wranglers decided: a canonical fandom's synonyms are its aliases, and a
 * canonical character with a parent fandom is in that fandom's cast, its synonyms its aliases
 * ("Lana", made a synonym of Lana Lang, is then read as her). Tags authors gave and suggestions
 * editors accepted teach alike, and the suggester trusts less the ways of finding editors reject
 * ({@link SuggestionRecord}). Relearnt when the number of works tagged with characters, the
 * archive's synonyms and parents, or its editors' decisions have changed since. Thread-safe.
 */
@Component
public class ArchiveVocabulary {

  /** The newest works learnt from; enough to follow an archive's fandoms without reading it all. */
  static final int WORKS_LEARNT_FROM = 500;

  private final WorkRepository works;
  private final TagRepository tags;
  private final SuggestionRecord decisions;
  private long learntFromCount = -1;
  private long learntWrangling = -1;
  private long learntDecisions = -1;
  private Vocabulary vocabulary = Vocabulary.shipped();
  private TagSuggester suggester = new TagSuggester();

  ArchiveVocabulary(WorkRepository works, TagRepository tags, SuggestionRecord decisions) {
    this.works = works;
    this.tags = tags;
    this.decisions = decisions;
  }

  /** A suggester knowing the shipped vocabulary and what the archive's tagged works teach. */
  @Transactional(readOnly = true)
  public synchronized TagSuggester suggester() {
    long tagged = works.countWithCharacterTags();
    long wrangling = tags.wranglingFingerprint().longValue();
    long decided = decisions.version();
    boolean relearn = tagged != learntFromCount || wrangling != learntWrangling;
    if (relearn) {
      List<StoryDocument> taught = works.findWithCharacterTags(PageRequest.of(0, WORKS_LEARNT_FROM))
          .stream().map(ArchiveVocabulary::asStory).toList();
      vocabulary = Vocabulary.shipped().merge(Vocabulary.learnFrom(taught)).merge(wrangled());
      learntFromCount = tagged;
      learntWrangling = wrangling;
    }
    // Decisions come one at a time as an editor works through a queue: they re-read a few counts,
    // not the works the vocabulary is learnt from.
    if (relearn || decided != learntDecisions) {
      suggester = new TagSuggester(vocabulary, decisions.read());
      learntDecisions = decided;
    }
    return suggester;
  }

  /** The fandoms and casts wranglers made: canonical tags, their synonyms as aliases. */
  private Vocabulary wrangled() {
    Map<Long, Set<String>> synonyms = new HashMap<>();
    tags.findBySynonymOfIsNotNull().forEach(synonym ->
        synonyms.computeIfAbsent(synonym.getSynonymOf().getId(), id -> new TreeSet<>()).add(synonym.getName()));
    List<Fandom> fandoms = new ArrayList<>();
    for (Tag character : tags.canonicalWithParents(TagKind.CHARACTER)) {
      CanonCharacter cast = new CanonCharacter(character.getName(), Gender.UNKNOWN,
          synonyms.getOrDefault(character.getId(), Set.of()));
      character.getParents().stream().filter(p -> p.getKind() == TagKind.FANDOM).forEach(fandom ->
          fandoms.add(new Fandom(fandom.getName(), synonyms.getOrDefault(fandom.getId(), Set.of()), List.of(cast))));
    }
    tags.findAllById(synonyms.keySet()).stream().filter(t -> t.getKind() == TagKind.FANDOM).forEach(fandom ->
        fandoms.add(new Fandom(fandom.getName(), synonyms.get(fandom.getId()), List.of())));
    return Vocabulary.of(fandoms);
  }

  private static StoryDocument asStory(Work work) {
    StoryDocument.Builder story = StoryDocument.builder().title(work.getTitle());
    // A work teaches under its tags' canonical names: a wrangled synonym is no character of its own.
    for (Tag tag : work.getTags()) {
      story.tag(tag.getKind(), tag.canonicalTag().getName());
    }
    work.getChapters().forEach(c -> story.chapter(new StoryChapter(c.getTitle(), null, null, c.getBody())));
    return story.build();
  }
}
