package dev.quire.posting;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Role;
import dev.quire.account.Viewer;
import dev.quire.tag.Rating;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.tag.Tags;
import dev.quire.work.AccessPolicy;
import dev.quire.work.Chapter;
import dev.quire.work.ChapterBody;
import dev.quire.work.Creator;
import dev.quire.work.Pseuds;
import dev.quire.work.Series;
import dev.quire.work.SeriesEntry;
import dev.quire.work.SeriesRepository;
import dev.quire.work.Visibility;
import dev.quire.work.Work;
import dev.quire.work.WorkAction;
import dev.quire.work.WorkNotFoundException;
import dev.quire.work.WorkRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does to their works: post one (or save it as a draft), change its fields and tags,
 * add, revise, reorder and delete its chapters, post a draft, delete or orphan it. The "Post New
 * Work" form and the posting API both come here. Each operation asks the {@link AccessPolicy},
 * checks {@link PostingRules}, stores, and returns; each is one transaction, and the search index
 * follows when it commits (a posted work is found at once, a draft never is).
 *
 * <p>Failures change nothing: {@link AccessDeniedException} when the viewer may not (a guest, a
 * suspended account, someone else's work), {@link WorkNotFoundException} when the viewer may not
 * even read the work (a stranger and a draft), {@link ChapterNotFoundException}, and
 * {@link PostingRefusedException} with a problem per field when the rules say no. Text arrives as
 * HTML, cleaned by the allowlist imports pass through, or as plain text made into paragraphs.
 * Thread-safe.
 *
 * <pre>{@code
 * long id = posting.post(viewer, new NewWork(fields, List.of(ChapterText.plain("One", text)), false));
 * }</pre>
 */
@Component
public class WorkPosting {

  private final WorkRepository works;
  private final TagRepository tags;
  private final Tags tagMaker;
  private final SeriesRepository series;
  private final AccountRepository accounts;
  private final NamedPseuds pseuds;
  private final Pseuds orphanPseuds;
  private final PostingRules rules;
  private final CoCreators coCreators;
  private final AccessPolicy policy;
  private final Clock clock;
  private final EntityManager entityManager;
  private final ApplicationEventPublisher events;

  WorkPosting(
      WorkRepository works,
      TagRepository tags,
      Tags tagMaker,
      SeriesRepository series,
      AccountRepository accounts,
      NamedPseuds pseuds,
      Pseuds orphanPseuds,
      PostingRules rules,
      CoCreators coCreators,
      AccessPolicy policy,
      Clock clock,
      EntityManager entityManager,
      ApplicationEventPublisher events) {
    this.works = works;
    this.tags = tags;
    this.tagMaker = tagMaker;
    this.series = series;
    this.accounts = accounts;
    this.pseuds = pseuds;
    this.orphanPseuds = orphanPseuds;
    this.rules = rules;
    this.coCreators = coCreators;
    this.policy = policy;
    this.clock = clock;
    this.entityManager = entityManager;
    this.events = events;
  }

  /** The longest chapter text accepted, in characters ({@code quire.posting.max-chapter-characters}). */
  public int maxChapterCharacters() {
    return rules.maxChapterCharacters();
  }

  /**
   * Posts {@code newWork}, or saves it as a draft, credited to the viewer's chosen pseuds.
   *
   * @return the new work's id
   */
  @Transactional
  public long post(Viewer viewer, NewWork newWork) {
    Account account = poster(viewer);
    refuseIfAny(rules.problems(account, viewer.has(Role.ADMIN), newWork));
    WorkFields fields = newWork.fields();
    Work work = new Work(fields.title(), LocalDate.now(clock), clock.instant());
    if (newWork.draft()) {
      work.setVisibility(Visibility.DRAFT);
    }
    apply(fields, work, account);
    work.replaceCreators(ownPseuds(account, fields));
    newWork.chapters().forEach(chapter -> addChapter(work, chapter));
    works.save(work);
    placeInSeries(work, fields.series());
    coCreators.invite(work, fields.coCreators(), account);
    if (!newWork.draft()) {
      events.publishEvent(new WorkPosted(work.getId()));
    }
    return work.getId();
  }

  /**
   * How {@code newWork} would be stored, and what the rules say of it; nothing is stored.
   *
   * @param problems field → problem, as {@link PostingRefusedException#problems()}; empty when it
   *     may be posted
   * @param summary the summary as it would be stored (cleaned HTML), or {@code null}
   * @param notes the notes likewise
   * @param endNotes the end notes likewise
   * @param chapters each chapter's text as it would be stored
   */
  public record Preview(
      Map<String, String> problems, String summary, String notes, String endNotes, List<String> chapters) {}

  /** Previews {@code newWork} as the viewer would post it. */
  @Transactional(readOnly = true)
  public Preview preview(Viewer viewer, NewWork newWork) {
    Account account = poster(viewer);
    WorkFields fields = newWork.fields();
    return new Preview(rules.problems(account, viewer.has(Role.ADMIN), newWork),
        StoredText.of(fields.summary(), ChapterText.Markup.HTML),
        StoredText.of(fields.notes(), ChapterText.Markup.HTML),
        StoredText.of(fields.endNotes(), ChapterText.Markup.HTML),
        newWork.chapters().stream().map(c -> Objects.requireNonNullElse(StoredText.of(c.text(), c.markup()), ""))
            .toList());
  }

  /** The problems of giving {@code fields} to a work being edited, for a preview of the edit. */
  @Transactional(readOnly = true)
  public Map<String, String> problems(Viewer viewer, long workId, WorkFields fields) {
    Work work = editable(viewer, workId);
    return rules.problems(poster(viewer), viewer.has(Role.ADMIN), fields, work, work.getChapterCount());
  }

  /**
   * The work's fields as they are now, for editing: the pseuds are those of the viewer's account
   * that the work credits, the co-creators the others it credits and those invited, the series the
   * first it is in.
   */
  @Transactional(readOnly = true)
  public WorkFields fields(Viewer viewer, long workId) {
    Work work = editable(viewer, workId);
    List<String> own = work.getCreators().stream()
        .filter(c -> c.getAccount().getId().equals(viewer.accountId()))
        .map(Creator::getName).toList();
    List<String> others = new ArrayList<>(work.getCreators().stream()
        .filter(c -> !c.getAccount().getId().equals(viewer.accountId()))
        .map(CoCreators::reference)
        .toList());
    others.addAll(coCreators.pending(work));
    SeriesChoice place = series.findPlacesOf(work.getId()).stream().findFirst()
        .map(e -> new SeriesChoice(e.getSeries().getTitle(), e.getPosition())).orElse(null);
    return new WorkFields(work.getTitle(), own, others,
        work.tagsOf(TagKind.RATING).stream().map(Tag::getName).findFirst().orElse(null),
        names(work, TagKind.WARNING), names(work, TagKind.CATEGORY), names(work, TagKind.FANDOM),
        names(work, TagKind.RELATIONSHIP), names(work, TagKind.CHARACTER), names(work, TagKind.FREEFORM),
        work.getSummary(), work.getNotes(), work.getEndNotes(), work.getLanguage(), place,
        work.getChaptersExpected(), work.isRestricted(), work.getCommentPermission());
  }

  /**
   * Gives the work {@code fields} in place of what it had. Its pseuds change only when the viewer
   * is among its creators, and only the viewer's own: other creators stay credited. Co-creators
   * newly named are invited; invitations no longer named are withdrawn.
   */
  @Transactional
  public void update(Viewer viewer, long workId, WorkFields fields) {
    Work work = editable(viewer, workId);
    Account account = poster(viewer);
    refuseIfAny(rules.problems(account, viewer.has(Role.ADMIN), fields, work, work.getChapterCount()));
    work.setTitle(fields.title());
    apply(fields, work, account);
    if (work.isCreditedTo(account.getId())) {
      List<Creator> credited = new ArrayList<>(ownPseuds(account, fields));
      work.getCreators().stream()
          .filter(c -> !c.getAccount().getId().equals(account.getId()))
          .forEach(credited::add);
      work.replaceCreators(credited);
    }
    movePlaceInSeries(work, fields.series());
    coCreators.invite(work, fields.coCreators(), account);
    work.touch(clock.instant());
  }

  /**
   * A chapter as a work's chapter list shows it to its editor.
   *
   * @param id the chapter's id
   * @param position 1 for the first
   * @param heading "Chapter 2: Title" or "Chapter 2"
   * @param words its words
   */
  public record ChapterEntry(long id, int position, String heading, int words) {}

  /** The work's chapters in reading order, for its editor. */
  @Transactional(readOnly = true)
  public List<ChapterEntry> chapters(Viewer viewer, long workId) {
    return editable(viewer, workId).getChapters().stream()
        .map(c -> new ChapterEntry(c.getId(), c.getPosition(), c.getHeading(), c.getWords()))
        .toList();
  }

  /** A chapter as stored (HTML), for its editor to change. */
  @Transactional(readOnly = true)
  public ChapterText chapter(Viewer viewer, long workId, long chapterId) {
    Chapter chapter = chapterOf(editable(viewer, workId), chapterId);
    return new ChapterText(chapter.getTitle(), chapter.getSummary(), chapter.getNotes(), chapter.getEndNotes(),
        chapter.getBody(), ChapterText.Markup.HTML);
  }

  /**
   * Adds a chapter after the last; a planned chapter count it passes grows with it.
   *
   * @return the new chapter's id
   */
  @Transactional
  public long addChapter(Viewer viewer, long workId, ChapterText chapter) {
    Work work = editable(viewer, workId);
    refuseIfAny(rules.problems(chapter, ""));
    Chapter added = addChapter(work, chapter);
    if (work.getChaptersExpected() != null && work.getChapterCount() > work.getChaptersExpected()) {
      work.setChaptersExpected(work.getChapterCount());
    }
    work.touch(clock.instant());
    entityManager.flush();
    if (work.getVisibility() != Visibility.DRAFT) {
      events.publishEvent(new ChapterPosted(work.getId(), added.getId(), added.getPosition()));
    }
    return added.getId();
  }

  /** Replaces a chapter's title, summary, notes and text. */
  @Transactional
  public void reviseChapter(Viewer viewer, long workId, long chapterId, ChapterText chapter) {
    Work work = editable(viewer, workId);
    Chapter stored = chapterOf(work, chapterId);
    refuseIfAny(rules.problems(chapter, ""));
    work.reviseChapter(stored.getPosition(), title(chapter), body(chapter));
    notes(stored, chapter);
    work.touch(clock.instant());
  }

  /** Puts the chapters in the order of {@code chapterIds}, which names each of them once. */
  @Transactional
  public void reorderChapters(Viewer viewer, long workId, List<Long> chapterIds) {
    Work work = editable(viewer, workId);
    List<Long> present = work.getChapters().stream().map(Chapter::getId).sorted().toList();
    if (!present.equals(chapterIds.stream().sorted().toList())) {
      refuseIfAny(Map.of("chapters", "A new order names each of the work's chapters once."));
    }
    renumber(work, chapterIds);
    work.touch(clock.instant());
  }

  /** Deletes a chapter; the later ones move up. A work keeps at least one. */
  @Transactional
  public void deleteChapter(Viewer viewer, long workId, long chapterId) {
    Work work = editable(viewer, workId);
    chapterOf(work, chapterId);
    if (work.getChapterCount() == 1) {
      refuseIfAny(Map.of("chapters", "A work keeps at least one chapter: delete the work instead."));
    }
    work.removeChapter(chapterId);
    entityManager.flush();
    renumber(work, work.getChapters().stream().map(Chapter::getId).toList());
    work.touch(clock.instant());
  }

  /** Posts a draft: from now on readers find it, first published today. */
  @Transactional
  public void publish(Viewer viewer, long workId) {
    Work work = editable(viewer, workId);
    if (work.getVisibility() != Visibility.DRAFT) {
      refuseIfAny(Map.of("draft", "The work is posted already."));
    }
    work.publish(LocalDate.now(clock));
    work.touch(clock.instant());
    events.publishEvent(new WorkPosted(work.getId()));
  }

  /** Deletes the work for good, with its chapters, tags' links and places in series. */
  @Transactional
  public void delete(Viewer viewer, long workId) {
    Work work = load(workId);
    policy.check(viewer, WorkAction.DELETE, work);
    series.findPlacesOf(workId).forEach(place -> place.getSeries().remove(work));
    entityManager.flush();
    works.delete(work);
  }

  /**
   * Gives up the viewer's credit (AO3's orphaning): each of the viewer's pseuds on the work is
   * replaced by one held by {@code orphan_account}, named as it was when {@code keepPseudName}, else
   * {@code orphan_account}. Other creators stay credited. The viewer no longer edits the work.
   */
  @Transactional
  public void orphan(Viewer viewer, long workId, boolean keepPseudName) {
    Work work = load(workId);
    policy.check(viewer, WorkAction.ORPHAN, work);
    List<Creator> credited = work.getCreators().stream()
        .map(c -> !c.getAccount().getId().equals(viewer.accountId()) ? c
            : orphanPseuds.ofOrphanAccount(keepPseudName ? c.getName() : Account.ORPHAN_ACCOUNT))
        .distinct()
        .toList();
    work.replaceCreators(credited);
    if (work.getOwner() != null && work.getOwner().getId().equals(viewer.accountId())) {
      work.setOwner(null);
    }
  }

  private Account poster(Viewer viewer) {
    if (!policy.mayPost(viewer)) {
      throw new AccessDeniedException("Log in with an account that may post to post works.");
    }
    return accounts.findById(viewer.accountId())
        .orElseThrow(() -> new AccessDeniedException("Only an account posts works."));
  }

  /**
   * The title of a work {@code viewer} may do {@code action} to, for the page that asks them to
   * confirm it; throws as the action itself would.
   */
  @Transactional(readOnly = true)
  public String titleToConfirm(Viewer viewer, long workId, WorkAction action) {
    Work work = load(workId);
    policy.check(viewer, action, work);
    return work.getTitle();
  }

  private Work editable(Viewer viewer, long workId) {
    Work work = load(workId);
    policy.check(viewer, WorkAction.EDIT, work);
    return work;
  }

  private Work load(long workId) {
    return works.findById(workId).orElseThrow(() -> new WorkNotFoundException(workId));
  }

  private static Chapter chapterOf(Work work, long chapterId) {
    return work.getChapters().stream()
        .filter(c -> c.getId() == chapterId)
        .findFirst()
        .orElseThrow(() -> new ChapterNotFoundException(work.getId(), chapterId));
  }

  private static void refuseIfAny(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new PostingRefusedException(problems);
    }
  }

  /** Everything but the title given at creation, the creators and the series. */
  private void apply(WorkFields fields, Work work, Account account) {
    work.setSummary(StoredText.of(fields.summary(), ChapterText.Markup.HTML));
    work.setNotes(StoredText.of(fields.notes(), ChapterText.Markup.HTML));
    work.setEndNotes(StoredText.of(fields.endNotes(), ChapterText.Markup.HTML));
    work.setLanguage(fields.language() == null || fields.language().isBlank() ? null : fields.language().strip());
    work.setChaptersExpected(fields.chaptersExpected());
    work.setRestricted(fields.restricted());
    work.setCommentPermission(fields.commentPermission());
    work.replaceTags(tagsOf(fields));
  }

  private List<Creator> ownPseuds(Account account, WorkFields fields) {
    List<Creator> chosen = fields.pseuds().stream()
        .filter(name -> !name.isBlank())
        .map(name -> pseuds.own(account, name).orElseThrow())
        .distinct()
        .toList();
    return chosen.isEmpty() ? List.of(pseuds.defaultOf(account)) : chosen;
  }

  private List<Tag> tagsOf(WorkFields fields) {
    Map<String, Tag> found = new LinkedHashMap<>();
    Rating.fromTagName(fields.rating().strip()).ifPresent(r -> tag(TagKind.RATING, r.tagName(), found));
    fields.warnings().forEach(name -> tag(TagKind.WARNING, name, found));
    fields.categories().forEach(name -> tag(TagKind.CATEGORY, name, found));
    fields.fandoms().forEach(name -> tag(TagKind.FANDOM, name, found));
    fields.relationships().forEach(name -> tag(TagKind.RELATIONSHIP, name, found));
    fields.characters().forEach(name -> tag(TagKind.CHARACTER, name, found));
    fields.freeforms().forEach(name -> tag(TagKind.FREEFORM, name, found));
    return List.copyOf(found.values());
  }

  /**
   * The tag of this kind and name, as the archive spells it when it has one (ignoring case, the
   * canonical spelling first), else a new tag.
   */
  private void tag(TagKind kind, String name, Map<String, Tag> found) {
    String stripped = name.strip();
    if (stripped.isEmpty()) {
      return;
    }
    found.computeIfAbsent(kind.key() + ":" + stripped.toLowerCase(Locale.ROOT), key -> {
      List<Tag> same = tags.findByKindAndNameIgnoreCase(kind, stripped);
      return same.stream().filter(t -> t.getName().equals(stripped)).findFirst()
          .or(() -> same.stream().filter(Tag::isCanonical).findFirst())
          .or(() -> same.stream().findFirst())
          .orElseGet(() -> tagMaker.named(kind, stripped));
    });
  }

  private static List<String> names(Work work, TagKind kind) {
    return work.tagsOf(kind).stream().map(Tag::getName).toList();
  }

  private static Chapter addChapter(Work work, ChapterText chapter) {
    Chapter added = work.addChapter(title(chapter), body(chapter));
    notes(added, chapter);
    return added;
  }

  private static ChapterBody body(ChapterText chapter) {
    String body = StoredText.of(chapter.text(), chapter.markup());
    return ChapterBody.of(body == null ? "" : body);
  }

  private static String title(ChapterText chapter) {
    return chapter.title() == null || chapter.title().isBlank() ? null : chapter.title().strip();
  }

  private static void notes(Chapter stored, ChapterText chapter) {
    stored.setSummary(StoredText.of(chapter.summary(), chapter.markup()));
    stored.setNotes(StoredText.of(chapter.notes(), chapter.markup()));
    stored.setEndNotes(StoredText.of(chapter.endNotes(), chapter.markup()));
  }

  /** Numbers the chapters in this order, in the two steps {@link Work#setChaptersAside} explains. */
  private void renumber(Work work, List<Long> chapterIds) {
    work.setChaptersAside();
    entityManager.flush();
    work.numberChapters(chapterIds);
  }

  private void placeInSeries(Work work, SeriesChoice choice) {
    if (choice == null || choice.title() == null || choice.title().isBlank()) {
      return;
    }
    Series place = series.findByTitle(choice.title().strip())
        .orElseGet(() -> series.save(new Series(choice.title())));
    place.place(work, choice.position() != null ? choice.position() : place.nextPosition());
  }

  /**
   * Moves the work from the series {@link #fields} reported (its first) to {@code choice}; the
   * other series an imported work may be in stay as they are.
   */
  private void movePlaceInSeries(Work work, SeriesChoice choice) {
    Optional<SeriesEntry> current = series.findPlacesOf(work.getId()).stream().findFirst();
    boolean sameSeries = current.isPresent() && choice != null && choice.title() != null
        && current.get().getSeries().getTitle().equals(choice.title().strip());
    if (sameSeries && (choice.position() == null
        || Objects.equals(choice.position(), current.get().getPosition()))) {
      return;
    }
    current.ifPresent(entry -> entry.getSeries().remove(work));
    // The entry's key is (series, work): it must be gone before the work takes a new place.
    entityManager.flush();
    placeInSeries(work, choice);
  }
}
