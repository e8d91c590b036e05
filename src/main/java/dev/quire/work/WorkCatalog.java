package dev.quire.work;

import dev.quire.account.Viewer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads works for pages and the API, each call in its own read-only transaction, and returns them
 * detached ({@link WorkSummary}, {@link WorkDetails}) so that nothing loads lazily while rendering.
 *
 * <p>Every method takes the {@link Viewer} it reads for and answers as {@link AccessPolicy} decides:
 * a list holds the works of {@link AccessPolicy#readable}, one work is found when
 * {@link AccessPolicy#mayRead} says so, and a work the viewer may not read is not found, exactly as
 * one that does not exist (a stranger learns nothing of a draft, a guest nothing of a restricted
 * work). Thread-safe.
 */
@Component
public class WorkCatalog {

  private final WorkRepository works;
  private final SeriesRepository series;
  private final OriginalContentRepository contents;
  private final CreatorRepository creators;
  private final AccessPolicy policy;
  private final WorkSummaries summaries;

  WorkCatalog(WorkRepository works, SeriesRepository series, OriginalContentRepository contents,
      CreatorRepository creators, AccessPolicy policy, WorkSummaries summaries) {
    this.works = works;
    this.summaries = summaries;
    this.series = series;
    this.contents = contents;
    this.creators = creators;
    this.policy = policy;
  }

  /** The most recently updated works {@code viewer} may find, newest first. */
  @Transactional(readOnly = true)
  public List<WorkSummary> recent(Viewer viewer, int count) {
    ReadScope scope = policy.readable(viewer);
    return summaries.read(scope, works.findRecentIds(scope.visibilities(), scope.restrictedStates(),
        scope.mutedOrNone(), PageRequest.of(0, count)));
  }

  /**
   * The work {@code viewer} is about to do {@code action} to, inside the caller's transaction, once
   * {@link AccessPolicy#check} allows it.
   *
   * @throws WorkNotFoundException when there is no such work or the viewer may not read it
   */
  public Work actedOn(Viewer viewer, WorkAction action, long id) {
    Work work = works.findById(id).orElseThrow(() -> new WorkNotFoundException(id));
    policy.check(viewer, action, work);
    return work;
  }

  /**
   * The work {@code viewer} may do {@code action} to, inside the caller's transaction; empty when
   * there is no such work or {@link AccessPolicy#may} does not allow it. For work done on a
   * person's behalf, where a refusal is an answer and not an error.
   */
  public Optional<Work> mayActOn(Viewer viewer, WorkAction action, long id) {
    return works.findById(id).filter(work -> policy.may(viewer, action, work));
  }

  /** A work {@code viewer} may read; empty otherwise, as for a work that does not exist. */
  @Transactional(readOnly = true)
  public Optional<WorkSummary> summary(Viewer viewer, long id) {
    return readable(viewer, id).map(WorkSummary::of);
  }

  /**
   * The works of {@code ids} that {@code viewer} may read, by id, each with whether a moderator hid
   * it, read in one query (a moderator's list of reports names many works, some of them often).
   */
  @Transactional(readOnly = true)
  public Map<Long, ListedWork> listed(Viewer viewer, Collection<Long> ids) {
    Map<Long, ListedWork> listed = new HashMap<>();
    if (ids.isEmpty()) {
      return listed;
    }
    for (Work work : works.findWithDetails(Set.copyOf(ids))) {
      if (policy.mayRead(viewer, work)) {
        listed.put(work.getId(), new ListedWork(WorkSummary.of(work), work.getVisibility() == Visibility.HIDDEN));
      }
    }
    return listed;
  }

  /**
   * The works of {@code ids} as a list {@code viewer} browses shows them (another reader's
   * bookmarks, say): those it may read and by no one it muted, by id, read in one query.
   */
  @Transactional(readOnly = true)
  public Map<Long, WorkSummary> browsed(Viewer viewer, Collection<Long> ids) {
    Map<Long, WorkSummary> browsed = new HashMap<>();
    if (ids.isEmpty()) {
      return browsed;
    }
    Set<Long> muted = policy.readable(viewer).muted();
    for (Work work : works.findWithDetails(Set.copyOf(ids))) {
      if (policy.mayRead(viewer, work)
          && work.getCreators().stream().noneMatch(c -> muted.contains(c.getAccount().getId()))) {
        browsed.put(work.getId(), WorkSummary.of(work));
      }
    }
    return browsed;
  }

  /** A work as a list of works to act on shows it: its summary, and whether it is hidden. */
  public record ListedWork(WorkSummary summary, boolean hidden) {}

  /**
   * A work {@code viewer} may read, in full, with every chapter's text; empty otherwise, as for a
   * work that does not exist. Pages and downloads read the texts only once they are to be sent
   * ({@link #withTexts(WorkDetails, Texts)}).
   */
  @Transactional(readOnly = true)
  public Optional<WorkDetails> details(Viewer viewer, long id) {
    return details(viewer, id, Texts.ALL);
  }

  /**
   * A work {@code viewer} may read, with every chapter but only the texts of those {@code texts}
   * chooses; empty otherwise, as for a work that does not exist.
   */
  @Transactional(readOnly = true)
  public Optional<WorkDetails> details(Viewer viewer, long id, Texts texts) {
    return readable(viewer, id).map(work ->
        WorkDetails.of(work, chapters(id, texts), series.findPlacesOf(id), actions(viewer, work)));
  }

  /**
   * {@code work}, read through this catalog for a viewer, with the texts {@code texts} chooses; those
   * already read are kept. A page reads the work without texts first, enough to tell from the texts'
   * digests whether a browser's copy is still good, and the texts only for an answer it sends. A
   * text read after its digest is never older than the digest says. The access policy is not asked
   * again: the work was read for the viewer a moment before.
   *
   * @throws WorkNotFoundException when a chosen chapter was deleted since the work was read
   */
  @Transactional(readOnly = true)
  public WorkDetails withTexts(WorkDetails work, Texts texts) {
    if (chosen(work.chapters(), texts).stream().allMatch(WorkDetails.ChapterText::textRead)) {
      return work;
    }
    WorkDetails read = work.withChapters(withTexts(work.id(), work.chapters(), texts));
    if (!chosen(read.chapters(), texts).stream().allMatch(WorkDetails.ChapterText::textRead)) {
      throw new WorkNotFoundException(work.id());
    }
    return read;
  }

  /**
   * Which chapters' texts a page shows, of the work's chapters in reading order: the texts of the
   * others are not read. Each choice is one query whose plan Hibernate keeps (it keeps none for a
   * query with a list parameter).
   */
  public sealed interface Texts {

    /** Every chapter's text. */
    Texts ALL = new Every();

    /** The first chapter's text, as a work of several chapters opens. */
    Texts FIRST = new First();

    /** No text: a page about the work, not of it. */
    Texts NONE = new None();

    /** The text of the chapter {@code chapterId}; none if the work has no such chapter. */
    static Texts of(long chapterId) {
      return new One(chapterId);
    }

    /** Every chapter's text. */
    record Every() implements Texts {}

    /** The first chapter's text. */
    record First() implements Texts {}

    /** No text. */
    record None() implements Texts {}

    /** One chapter's text. */
    record One(long chapterId) implements Texts {}
  }

  /** The chapters of the work {@code workId} in reading order, with the texts of those {@code texts} chooses. */
  private List<WorkDetails.ChapterText> chapters(long workId, Texts texts) {
    List<WorkDetails.ChapterText> index = works.findChapterIndex(workId).stream()
        .map(WorkDetails.ChapterText::indexed).toList();
    return withTexts(workId, index, texts);
  }

  /** Those of {@code chapters} (a work's, in reading order) whose texts {@code texts} chooses. */
  private static List<WorkDetails.ChapterText> chosen(List<WorkDetails.ChapterText> chapters, Texts texts) {
    return switch (texts) {
      case Texts.Every every -> chapters;
      case Texts.First first -> chapters.isEmpty() ? List.of() : List.of(chapters.getFirst());
      case Texts.One(long chapterId) -> chapters.stream().filter(c -> c.id() == chapterId).toList();
      case Texts.None none -> List.of();
    };
  }

  /** {@code chapters} of the work {@code workId}, in reading order, with the texts of those {@code texts} chooses read. */
  private List<WorkDetails.ChapterText> withTexts(long workId, List<WorkDetails.ChapterText> chapters, Texts texts) {
    Map<Long, String> read = switch (texts) {
      case Texts.Every every -> {
        Map<Long, String> all = new HashMap<>();
        works.findChapterTexts(workId).forEach(row -> all.put((Long) row[0], (String) row[1]));
        yield all;
      }
      case Texts.First first -> chapters.isEmpty() ? Map.of() : text(workId, chapters.getFirst().id());
      case Texts.One(long chapterId) -> text(workId, chapterId);
      case Texts.None none -> Map.of();
    };
    return read.isEmpty() ? chapters
        : chapters.stream().map(c -> read.containsKey(c.id()) ? c.withText(read.get(c.id())) : c).toList();
  }

  /** The text of the work's chapter {@code chapterId} by its id, or nothing if the work has no such chapter. */
  private Map<Long, String> text(long workId, long chapterId) {
    return works.findChapterText(workId, chapterId).map(text -> Map.of(chapterId, text)).orElse(Map.of());
  }

  /** What {@code viewer} may do to {@code work} besides reading it. */
  private Set<WorkAction> actions(Viewer viewer, Work work) {
    Set<WorkAction> allowed = EnumSet.noneOf(WorkAction.class);
    for (WorkAction action : WorkAction.values()) {
      if (action != WorkAction.READ && policy.may(viewer, action, work)) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  private Optional<Work> readable(Viewer viewer, long id) {
    return works.findWithDetails(id).filter(work -> policy.mayRead(viewer, work));
  }

  /**
   * A series and those of its works {@code viewer} may read, in reading order, without their
   * chapters' texts (a download reads them with {@link #withTexts(SeriesDetails)}); empty when they
   * may read none of them, so that a series of hidden works and drafts only is never shown.
   */
  @Transactional(readOnly = true)
  public Optional<SeriesDetails> series(Viewer viewer, long id) {
    return series.findById(id).map(s -> new SeriesDetails(s.getId(), s.getTitle(), s.getSummary(),
        s.getEntries().stream().flatMap(e -> details(viewer, e.getWork().getId(), Texts.NONE).stream()).toList()))
        .filter(s -> !s.works().isEmpty());
  }

  /** {@code series}, read through this catalog for a viewer, with every chapter's text of its works. */
  @Transactional(readOnly = true)
  public SeriesDetails withTexts(SeriesDetails series) {
    return new SeriesDetails(series.id(), series.title(), series.summary(),
        series.works().stream().map(work -> withTexts(work, Texts.ALL)).toList());
  }

  /**
   * One page (1-based) of the works {@code viewer} may find that credit the pseud {@code pseud} of
   * the account {@code userName}; empty when there is no such pseud or the viewer may find none of
   * its works, so that a byline of hidden works and drafts only is never shown.
   */
  @Transactional(readOnly = true)
  public Optional<CreatorWorks> pseud(Viewer viewer, String userName, String pseud, int page, int pageSize) {
    // The viewer came to this creator by name: a muted creator's works show here (see ReadScope#unmuted).
    ReadScope scope = policy.readable(viewer).unmuted();
    return creators.findPseud(userName, pseud).flatMap(creator -> creatorWorks(scope, WorkSummary.Byline.of(creator),
        works.findIdsByCreator(creator.getId(), scope.visibilities(), scope.restrictedStates(), scope.mutedOrNone(),
            PageRequest.of(page - 1, pageSize)),
        page, pageSize));
  }

  /**
   * One page (1-based) of the works {@code viewer} may find that credit any pseud of the account
   * {@code userName}; empty when there is no such account or the viewer may find none of its works.
   */
  @Transactional(readOnly = true)
  public Optional<CreatorWorks> creator(Viewer viewer, String userName, int page, int pageSize) {
    ReadScope scope = policy.readable(viewer).unmuted();
    return creatorWorks(scope, new WorkSummary.Byline(userName, userName),
        works.findIdsByAccount(userName, scope.visibilities(), scope.restrictedStates(), scope.mutedOrNone(),
            PageRequest.of(page - 1, pageSize)),
        page, pageSize);
  }

  private Optional<CreatorWorks> creatorWorks(ReadScope scope, WorkSummary.Byline byline, Page<Long> found, int page,
      int pageSize) {
    return found.getTotalElements() == 0 ? Optional.empty() : Optional.of(new CreatorWorks(
        byline, summaries.read(scope, found.getContent()), page, pageSize, found.getTotalElements()));
  }

  /** The work a chapter belongs to, when {@code viewer} may read it. */
  @Transactional(readOnly = true)
  public Optional<Long> workOfChapter(Viewer viewer, long chapterId) {
    return works.findWorkIdOfChapter(chapterId).filter(id -> readable(viewer, id).isPresent());
  }

  /**
   * The exact bytes of the file {@code sha256} that the work {@code workId} was imported from, when
   * {@code viewer} may read that work; empty otherwise, or when the work has no such file.
   */
  @Transactional(readOnly = true)
  public Optional<byte[]> original(Viewer viewer, long workId, String sha256) {
    return readable(viewer, workId)
        .filter(work -> work.getOriginals().stream().anyMatch(o -> o.getSha256().equals(sha256)))
        .flatMap(work -> contents.findById(sha256))
        .map(OriginalContent::content);
  }
}
