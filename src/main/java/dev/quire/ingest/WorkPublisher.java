package dev.quire.ingest;

import dev.quire.ingest.archive.EfictionArchive;
import dev.quire.search.DeferredIndexing;
import dev.quire.search.SearchDeployment.SearchCluster;
import dev.quire.story.StoryDocument;
import dev.quire.story.WorkStats;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.CreatorProfile;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.Tags;
import dev.quire.tagging.Suggestion;
import dev.quire.work.Chapter;
import dev.quire.work.ChapterBody;
import dev.quire.work.Creator;
import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.work.CreatorRepository;
import dev.quire.work.OriginalContent;
import dev.quire.work.Series;
import dev.quire.work.SeriesRepository;
import dev.quire.work.Visibility;
import dev.quire.work.Work;
import dev.quire.work.WorkRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a story read from a file: a new work with its chapters, creators, tags, series places,
 * suggestions and the original bytes, or — for a file holding some chapters of a story told across
 * several files — those chapters added to the work the earlier files began. All in one transaction,
 * so that a failure leaves nothing behind; the search index follows when it commits.
 */
@Component
public class WorkPublisher {

  private final WorkRepository works;
  private final CreatorRepository creators;
  private final AccountRepository accounts;
  private final Tags tagMaker;
  private final SeriesRepository series;
  private final Clock clock;
  private final EntityManager entityManager;
  private final SearchCluster cluster;

  WorkPublisher(
      WorkRepository works,
      CreatorRepository creators,
      AccountRepository accounts,
      Tags tagMaker,
      SeriesRepository series,
      Clock clock,
      EntityManager entityManager,
      SearchCluster cluster) {
    this.works = works;
    this.creators = creators;
    this.accounts = accounts;
    this.tagMaker = tagMaker;
    this.series = series;
    this.cluster = cluster;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /**
   * A file's story, as it should be stored: its HTML cleaned ({@link HtmlSanitizer#cleanStory})
   * and each chapter's body counted and read for the index ({@link ChapterBody}) as it is made, so
   * that an import does this on the threads that read its files, not on the one that stores.
   */
  public static final class Submission {
    private final StoryDocument story;
    private final List<ReadChapter> chapters;
    private final String title;
    private final List<Suggestion> suggestions;
    private final Original original;
    private final ImportOwner owner;

    /**
     * @param story what the format read
     * @param title the title to store (the story's own, or one the importer chose)
     * @param suggestions tags proposed for an editor
     * @param original the file's name, format, bytes and SHA-256
     * @param owner whom the work belongs to when this file makes it, joins it or updates it
     */
    public Submission(
        StoryDocument story, String title, List<Suggestion> suggestions, Original original, ImportOwner owner) {
      this.story = HtmlSanitizer.cleanStory(story);
      this.chapters = this.story.chapters().stream()
          .map(chapter -> new ReadChapter(chapter, ChapterBody.of(chapter.bodyHtml()))).toList();
      this.title = title;
      this.suggestions = suggestions;
      this.original = original;
      this.owner = owner;
    }

    /** A submission whose work belongs to no account. */
    public Submission(StoryDocument story, String title, List<Suggestion> suggestions, Original original) {
      this(story, title, suggestions, original, ImportOwner.NONE);
    }

    /** The story, its HTML clean. */
    public StoryDocument story() {
      return story;
    }

    /** The story's chapters, in order, each with its body. */
    public List<ReadChapter> chapters() {
      return chapters;
    }

    public String title() {
      return title;
    }

    public List<Suggestion> suggestions() {
      return suggestions;
    }

    public Original original() {
      return original;
    }

    public ImportOwner owner() {
      return owner;
    }
  }

  /** A chapter of a {@link Submission}: as the file has it, and its clean body counted and read. */
  public record ReadChapter(StoryChapter chapter, ChapterBody body) {}

  /** An imported file: the exact bytes and what they were read as. */
  public record Original(String fileName, String format, byte[] bytes, String sha256) {}

  /**
   * What publishing did.
   *
   * @param workId the work created, joined or updated
   * @param updated whether the file was a later version of a work already there, which it updated
   * @param flags what a person may want to check, e.g. {@code joined work as chapter 3}
   */
  public record Published(long workId, boolean updated, List<String> flags) {}

  /** Stores {@code submission} and says which work it became or joined. */
  @Transactional
  public Published publish(Submission submission) {
    lookUpWithoutFlushing();
    return store(submission, Known.forOneTransaction(), new Addresses(publishedAddresses(List.of(submission))));
  }

  /**
   * Stores every submission, in order, in one transaction: all of them or, when one fails, none.
   * A later submission sees the earlier ones (joins their work, finds their tags).
   *
   * @return what each submission became, in order
   */
  @Transactional
  public List<Published> publishAll(List<Submission> submissions) {
    return publishAll(submissions, Known.forOneTransaction());
  }

  /**
   * Stores every submission as {@link #publishAll(List)} does, as one batch of a bulk import: the
   * index writes are left to the import's {@link DeferredIndexing}, and the tags and creators
   * earlier batches found are taken by id.
   */
  @Transactional
  public List<Published> publishAll(List<Submission> submissions, Bulk bulk) {
    bulk.indexing.defer(entityManager);
    List<Published> published = publishAll(submissions, new Known(bulk.tagIds, bulk.creatorIds));
    bulk.indexing.pending(entityManager, published.stream().map(Published::workId).distinct().toList());
    return published;
  }

  private List<Published> publishAll(List<Submission> submissions, Known known) {
    lookUpWithoutFlushing();
    List<String> published = publishedAddresses(submissions);
    knowTags(submissions, known, new Addresses(published));
    loadTagsWithMetaTags(submissions, known);
    Addresses addresses = new Addresses(published);
    return submissions.stream().map(submission -> store(submission, known, addresses)).toList();
  }

  /**
   * Finds or makes, all at once, the tags that the files making new works name and {@code known}
   * does not hold yet: one lookup for each kind, and the new ones made in one transaction, rather
   * than a lookup and, for a new tag, a commit of its own per tag. An archive's first import names
   * thousands of new additional tags, and those commits were most of its time. A file that joins
   * a story told in several files, or comes from an address a work was published at or an earlier
   * file of the batch came from (a copy, an earlier or a later version), is left to {@link #tag},
   * which makes a tag only when it is used: a copy's tags would be made for no work. A name {@link Tag#name} refuses is left for
   * {@link #store} to refuse with its file.
   */
  private void knowTags(List<Submission> submissions, Known known, Addresses published) {
    Map<TagKind, Set<String>> wanted = new EnumMap<>(TagKind.class);
    for (Submission submission : submissions) {
      StoryDocument story = submission.story();
      if (published.seenBefore(story) || story.installment() != null) {
        continue;
      }
      for (AuthorTag tag : story.tags()) {
        if (Tag.isName(tag.name()) && !known.tags().containsKey(key(tag.kind(), tag.name()))
            && !known.tagIds().containsKey(key(tag.kind(), tag.name()))) {
          wanted.computeIfAbsent(tag.kind(), kind -> new LinkedHashSet<>()).add(tag.name().strip());
        }
      }
    }
    wanted.forEach((kind, names) -> tagMaker.namedAll(kind, names).forEach((name, tag) -> {
      String key = key(kind, name);
      known.tags().put(key, tag);
      known.tagIds().put(key, tag.getId());
    }));
  }

  /**
   * Loads the tags the submissions name, with what indexing their works will walk
   * ({@link Tags#loadForIndexing}), where this session builds the index's documents: where an
   * outbox carries the changes, the nodes' event processors build them in sessions of their own.
   */
  private void loadTagsWithMetaTags(List<Submission> submissions, Known known) {
    if (cluster.outbox()) {
      return;
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (Submission submission : submissions) {
      for (AuthorTag tag : submission.story().tags()) {
        Long id = known.tagIds().get(key(tag.kind(), tag.name()));
        if (id != null) {
          ids.add(id);
        }
      }
    }
    tagMaker.loadForIndexing(ids);
  }

  /** Of the addresses the submissions come from, those works of the archive were published at. */
  private List<String> publishedAddresses(List<Submission> submissions) {
    List<String> spellings = submissions.stream()
        .map(submission -> webAddress(submission.story().sourceUrl()))
        .filter(Objects::nonNull)
        .flatMap(url -> SourceAddress.spellings(url).stream())
        .distinct().toList();
    return spellings.isEmpty() ? List.of() : works.findSourceUrlsIn(spellings);
  }

  /**
   * The addresses, in any of their spellings, that works may have been published at, as a batch
   * goes through its files in order: those the database had when the batch began, and those of the
   * batch's files gone through so far. A file from an address it has not seen makes a new work
   * without a lookup of its own; one from an address it has seen may be a copy, an earlier or a
   * later version. Of one batch, used in one thread.
   */
  private static final class Addresses {

    private final Set<String> seen;

    Addresses(Collection<String> published) {
      this.seen = new HashSet<>(published);
    }

    /** Whether a work may have been published at {@code story}'s address; from now on one may have. */
    boolean seenBefore(StoryDocument story) {
      String url = webAddress(story.sourceUrl());
      if (url == null) {
        return false;
      }
      List<String> spellings = SourceAddress.spellings(url);
      boolean seenBefore = spellings.stream().anyMatch(seen::contains);
      seen.addAll(spellings);
      return seenBefore;
    }
  }

  /**
   * What a bulk import carries from one batch to the next: where its index writes wait, and the
   * ids of tags and creators its batches found in the database, so that a later batch refers to
   * them instead of looking each up again (most works share their rating, warnings, fandoms and
   * popular tags). Creators enter only when found, never when a batch made them, which its rollback
   * would undo; tags are committed when made (see {@code Tags}).
   * Used by one import at a time.
   */
  public static final class Bulk {

    /** Ids kept of each, the most recently used: bounds the heap of a long import. */
    static final int MAX_IDS = 100_000;

    private final DeferredIndexing indexing;
    private final Map<String, Long> tagIds = recentlyUsed();
    private final Map<String, Long> creatorIds = recentlyUsed();

    public Bulk(DeferredIndexing indexing) {
      this.indexing = indexing;
    }

    /** Waits for the index writes of every batch; see {@link DeferredIndexing#finish(boolean)}. */
    public List<String> finish(boolean mergeSegments) {
      return indexing.finish(mergeSegments);
    }

    private static Map<String, Long> recentlyUsed() {
      return new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > MAX_IDS;
        }
      };
    }
  }

  /**
   * Creators and tags found or made in this transaction, by name (works published together share
   * most of their ratings, warnings and fandoms, and each lookup would flush the session first),
   * and the ids of those a bulk import found before.
   */
  private record Known(
      Map<String, Creator> creators,
      Map<String, Tag> tags,
      Map<String, Long> tagIds,
      Map<String, Long> creatorIds) {
    Known(Map<String, Long> tagIds, Map<String, Long> creatorIds) {
      this(new HashMap<>(), new HashMap<>(), tagIds, creatorIds);
    }

    /** Knows nothing beyond its own transaction: a publish outside a bulk import. */
    static Known forOneTransaction() {
      return new Known(new HashMap<>(), new HashMap<>());
    }
  }

  /**
   * The lookups while publishing (tags, creators, works from the same address or story, series)
   * find rows written at once (identity ids), so the session need not flush before each: a flush
   * re-checks every entity of the transaction, which made publishing many works together cost the
   * square of their number. Everything is flushed at commit.
   */
  private void lookUpWithoutFlushing() {
    entityManager.setFlushMode(FlushModeType.COMMIT);
  }

  private Published store(Submission submission, Known known, Addresses published) {
    StoryDocument story = submission.story();
    Installment installment = story.installment();
    List<String> flags = new ArrayList<>();
    boolean seen = published.seenBefore(story);
    Optional<Work> found = installment != null ? works.findByStoryKey(installment.storyKey())
        : seen ? firstFromSameSource(story)
        : Optional.empty();
    boolean updated = false;
    Work work;
    if (found.isEmpty()) {
      work = newWork(submission, flags, known);
    } else if (installment != null) {
      work = found.get();
      joinChapters(work, submission, installment, flags);
      refresh(work, story);
      ownBy(work, submission.owner());
    } else {
      work = found.get();
      updated = fromSameSource(work, submission, flags, known);
      if (updated) {
        ownBy(work, submission.owner());
      }
    }
    Original original = submission.original();
    // The work is managed (made or found in this transaction). The file's row goes in before its
    // bytes (which refer to it); persisted, as saving an entity with its own id would look for it.
    entityManager.persist(work.addOriginal(original.sha256(), original.fileName(), original.format(),
        original.bytes().length, clock.instant()));
    entityManager.persist(new OriginalContent(original.sha256(), original.bytes()));
    return new Published(work.getId(), updated, flags);
  }

  /**
   * Gives a work that belongs to no account to the archivist whose file made, joined or updated
   * it; a work another archivist imported stays theirs.
   */
  private void ownBy(Work work, ImportOwner owner) {
    if (work.getOwner() == null && owner.accountId() != null) {
      work.setOwner(entityManager.getReference(Account.class, owner.accountId()));
    }
  }

  /**
   * The work first published at the file's address, however the address is spelled (an AO3 work
   * downloaded as EPUB says {@code http://}, as HTML {@code https://}); the oldest when several are.
   */
  private Optional<Work> firstFromSameSource(StoryDocument story) {
    String url = webAddress(story.sourceUrl());
    return url == null
        ? Optional.empty()
        : works.findBySourceUrlInOrderById(SourceAddress.spellings(url)).stream().findFirst();
  }

  /**
   * Keeps a file from the address {@code work} was published at as a further original of it, and
   * brings the work up to the file when it is a later version (see {@link WorkVersions}).
   *
   * @return whether the work was updated
   */
  private boolean fromSameSource(Work work, Submission submission, List<String> flags, Known known) {
    StoryDocument story = submission.story();
    switch (WorkVersions.standing(work, submission)) {
      case COPY -> flags.add("another copy of work " + work.getId()
          + " (same source, chapters and words); kept as its original too");
      case EARLIER -> flags.add("an earlier version of work " + work.getId()
          + " (same source, no more chapters, no later update); the work is unchanged, the file"
          + " kept as its original too");
      case LATER -> {
        WorkVersions.update(work, submission, tag -> tag(tag, known), flags);
        refresh(work, story);
        return true;
      }
    }
    return false;
  }

  private Work newWork(Submission submission, List<String> flags, Known known) {
    StoryDocument story = submission.story();
    LocalDate published = story.published() != null ? story.published() : LocalDate.now(clock);
    Work work = new Work(submission.title(), published, updatedAt(story));
    work.setSummary(story.summary());
    work.setNotes(story.notes());
    work.setEndNotes(story.endNotes());
    work.setLanguage(story.language());
    work.setChaptersExpected(story.chaptersExpected());
    work.setSourceUrl(webAddress(story.sourceUrl()));
    work.setSourceStats(story.stats());
    story.creators().forEach(name -> work.addCreator(known.creators().computeIfAbsent(
        name.strip(), key -> creator(key, submission.owner(), known.creatorIds()))));
    story.profiles().forEach(profile -> describe(known.creators().get(profile.name().strip()), profile));
    if (story.draft()) {
      work.setVisibility(Visibility.DRAFT);
    }
    story.tags().forEach(tag -> work.addTag(tag(tag, known)));
    Installment installment = story.installment();
    if (installment == null) {
      submission.chapters().forEach(chapter -> addChapter(work, chapter, 0));
    } else {
      work.setStoryKey(installment.storyKey());
      joinChapters(work, submission, installment, flags);
    }
    submission.suggestions()
        .forEach(s -> work.addSuggestion(s.kind(), s.name(), s.confidence(), s.evidence(), s.finding()));
    ownBy(work, submission.owner());
    works.save(work);
    story.series().forEach(place -> placeInSeries(work, place, flags));
    return work;
  }

  private static void joinChapters(
      Work work, Submission submission, Installment installment, List<String> flags) {
    int position = installment.firstChapter();
    for (ReadChapter read : submission.chapters()) {
      StoryChapter chapter = read.chapter();
      if (work.hasChapterAt(position) && fillsNotice(work, position, chapter)) {
        Chapter filled = work.reviseChapter(position, chapter.title(), read.body());
        filled.setNotes(chapter.notes());
        filled.setEndNotes(chapter.endNotes());
        flags.add("chapter " + position + " of work " + work.getId() + " was a notice of missing text; it now has"
            + " its text");
      } else if (work.hasChapterAt(position)) {
        flags.add("chapter " + position + " was already there; kept the earlier one");
      } else {
        addChapter(work, read, position);
        if (work.getId() != null) {
          flags.add("joined work " + work.getId() + " as chapter " + position);
        }
      }
      position++;
    }
  }

  /** Whether {@code chapter} brings the text an archive's backup lacked when the work's chapter was imported. */
  private static boolean fillsNotice(Work work, int position, StoryChapter chapter) {
    String notice = HtmlSanitizer.clean(EfictionArchive.MISSING_TEXT);
    return !chapter.bodyHtml().equals(notice) && work.getChapters().stream()
        .anyMatch(c -> c.getPosition() == position && notice.equals(c.getBody()));
  }

  /** A later installment may say more: a newer date, the planned chapter count. */
  private void refresh(Work work, StoryDocument story) {
    Instant updated = updatedAt(story);
    if (updated.isAfter(work.getUpdatedAt())) {
      work.touch(updated);
    }
    if (story.chaptersExpected() != null) {
      work.setChaptersExpected(story.chaptersExpected());
    }
    if (!story.stats().equals(WorkStats.NONE)) {
      work.setSourceStats(story.stats());
    }
  }

  /** The file's last update, or now when it states none. */
  private Instant updatedAt(StoryDocument story) {
    Instant stated = statedUpdate(story);
    return stated != null ? stated : clock.instant();
  }

  /**
   * The last update the file states; a file that states only its publication was last updated
   * then. {@code null} when it states neither.
   */
  static Instant statedUpdate(StoryDocument story) {
    LocalDate stated = story.updated() != null ? story.updated() : story.published();
    return stated != null ? stated.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
  }

  /**
   * Adds a chapter read from a file, its HTML clean (a {@link Submission}'s is), at {@code
   * position}, or after the last when it is 0.
   */
  static void addChapter(Work work, ReadChapter read, int position) {
    StoryChapter chapter = read.chapter();
    Chapter stored = position > 0
        ? work.insertChapter(position, chapter.title(), read.body())
        : work.addChapter(chapter.title(), read.body());
    stored.setSummary(chapter.summary());
    stored.setNotes(chapter.notes());
    stored.setEndNotes(chapter.endNotes());
  }

  private void placeInSeries(Work work, SeriesPlace place, List<String> flags) {
    Series found = series.findByTitle(place.title().strip())
        .orElseGet(() -> series.save(new Series(place.title())));
    if (found.isTaken(place.position())) {
      flags.add("position " + place.position() + " of series '" + found.getTitle() + "' is taken");
    } else {
      found.place(work, place.position());
    }
  }

  /** The unclaimed byline {@code name}, made as imported by {@code owner} when it is new. */
  private Creator creator(String name, ImportOwner owner, Map<String, Long> ids) {
    Long id = ids.get(name);
    if (id != null) {
      return entityManager.getReference(Creator.class, id);
    }
    Creator found = creators.findUnclaimed(name)
        .orElseGet(() -> creators.save(Creator.unclaimed(name, accounts.unclaimed(),
            owner.accountId() == null ? null : entityManager.getReference(Account.class, owner.accountId()))));
    ids.put(name, found.getId());
    return found;
  }

  /**
   * Gives an unclaimed byline what its archive recorded: the biography as its description, the
   * address for a claim invitation. What a byline already has (an archivist's note) is kept.
   */
  private static void describe(Creator creator, CreatorProfile profile) {
    if (creator == null || !creator.getAccount().getUserName().equals(Account.UNCLAIMED)) {
      return;
    }
    if (creator.getDescription() == null && profile.bioHtml() != null) {
      creator.setDescription(HtmlSanitizer.clean(profile.bioHtml()));
    }
    String email = profile.email() == null ? "" : profile.email().strip();
    if (creator.getClaimEmail() == null && email.contains("@") && email.length() <= 254) {
      creator.setClaimEmail(email);
    }
  }

  private Tag tag(AuthorTag tag, Known known) {
    return known.tags().computeIfAbsent(key(tag.kind(), tag.name()), key -> tag(tag, key, known.tagIds()));
  }

  /** How {@link Known} and {@link Bulk} know a tag: its kind and its name, stripped. */
  private static String key(TagKind kind, String name) {
    return kind.key() + ":" + name.strip();
  }

  /** @param key the tag's kind and name, as {@code ids} knows it */
  private Tag tag(AuthorTag tag, String key, Map<String, Long> ids) {
    Long id = ids.get(key);
    if (id != null) {
      return entityManager.getReference(Tag.class, id);
    }
    // Found or made, the tag is committed (Tags makes one in its own transaction), so its id holds
    // for later batches whatever becomes of this one.
    Tag found = tagMaker.named(tag.kind(), tag.name());
    ids.put(key, found.getId());
    return found;
  }

  /** Only http and https addresses are kept: a file may carry {@code javascript:} links. */
  static String webAddress(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? uri.toString()
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
