package dev.quire.work;

import dev.quire.story.WorkStats;
import dev.quire.tag.Rating;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Finding;
import jakarta.persistence.CascadeType;
import dev.quire.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.annotations.SecondaryRow;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A work of fiction in the archive: its metadata, its creators and tags, and its chapters in
 * reading order. The aggregate root of the {@code work} feature: chapters, suggestions and
 * originals are changed only through it.
 *
 * <p>The search index is derived from this entity (the annotations below); the database row is the
 * truth. Not thread-safe (a JPA entity).
 */
@Entity
@Indexed(index = "work")
@SecondaryTable(name = "work_stats", pkJoinColumns = @PrimaryKeyJoinColumn(name = "work_id"))
@SecondaryRow(table = "work_stats", optional = false)
public class Work {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @GenericField(name = "workId", sortable = Sortable.YES)
  private Long id;

  @Column(nullable = false)
  @FullTextField(analyzer = "prose")
  @KeywordField(name = "titleSort", normalizer = "sort", sortable = Sortable.YES)
  private String title;

  @FullTextField(analyzer = "prose", highlightable = Highlightable.UNIFIED,
      valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
  private String summary;

  @FullTextField(analyzer = "prose", valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
  private String notes;

  @FullTextField(
      name = "endNotes",
      analyzer = "prose",
      valueBridge = @ValueBridgeRef(type = HtmlTextBridge.class))
  private String endNotes;

  @KeywordField
  private String language;

  @GenericField(sortable = Sortable.YES)
  private int words;

  private Integer chaptersExpected;

  private String sourceUrl;

  private String storyKey;

  @Column(name = "published_on", nullable = false)
  @GenericField(sortable = Sortable.YES)
  private LocalDate published;

  @Column(nullable = false)
  @GenericField(sortable = Sortable.YES)
  private Instant updatedAt;

  /** Kept with the work, like its words, so that listings need not load chapters to count them. */
  @Column(name = "chapter_count", nullable = false)
  @GenericField(name = "chapterCount")
  private int chapterCount;

  /** What the file it was imported from stated (AO3's stats line), shown as the source's counts. */
  @Column(name = "source_kudos")
  @GenericField(name = "sourceKudos", sortable = Sortable.YES)
  private int sourceKudos;

  @Column(name = "source_hits")
  @GenericField(name = "sourceHits", sortable = Sortable.YES)
  private int sourceHits;

  @Column(name = "source_comments")
  @GenericField(name = "sourceComments", sortable = Sortable.YES)
  private int sourceComments;

  @Column(name = "source_bookmarks")
  @GenericField(name = "sourceBookmarks", sortable = Sortable.YES)
  private int sourceBookmarks;

  /*
   * The archive's own counts, from work_stats: written there by dev.quire.stats with SQL, never
   * through this entity (updatable = false), so that a kudos neither rewrites the work's row nor
   * reindexes its text. The fields are written with the whole document; afterwards only
   * search/IndexedCounts changes them (the cluster's partial updates) or stands in for them (the
   * embedded table), and searches read counts only through it.
   */
  @Column(table = "work_stats", name = "kudos", updatable = false)
  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private int kudos;

  @Column(table = "work_stats", name = "hits", updatable = false)
  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private int hits;

  @Column(table = "work_stats", name = "comments", updatable = false)
  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private int comments;

  @Column(table = "work_stats", name = "bookmarks", updatable = false)
  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  private int bookmarks;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  @KeywordField
  private Visibility visibility = Visibility.PUBLISHED;

  /** Shown to logged-in readers only (AO3's "only show to registered users"). */
  @Column(nullable = false)
  @GenericField
  private boolean restricted;

  /** Who may edit it besides its creators: the archivist who imported it, or none. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id")
  private Account owner;

  @Enumerated(EnumType.STRING)
  @Column(name = "comment_permission", nullable = false)
  private CommentPermission commentPermission = CommentPermission.REGISTERED;

  /** Whether new comments wait for one of its creators to approve them (AO3's moderated comments). */
  @Column(name = "comments_moderated", nullable = false)
  private boolean commentsModerated;

  @ManyToMany
  @JoinTable(
      name = "work_creator",
      joinColumns = @JoinColumn(name = "work_id"),
      inverseJoinColumns = @JoinColumn(name = "creator_id"))
  @OrderColumn(name = "position")
  @IndexedEmbedded(includePaths = {"name", "key"})
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
  private List<Creator> creators = new ArrayList<>();

  @ManyToMany
  @PropertyBinding(binder = @PropertyBinderRef(type = TagFieldsBinder.class))
  @JoinTable(
      name = "work_tag",
      joinColumns = @JoinColumn(name = "work_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  @OrderBy("kind, name")
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
  private Set<Tag> tags = new LinkedHashSet<>();

  @OneToMany(mappedBy = "work", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @IndexedEmbedded(includePaths = {"text", "summary", "notes", "endNotes"})
  private List<Chapter> chapters = new ArrayList<>();

  @OneToMany(mappedBy = "work", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("confidence desc, kind, name")
  private List<TagSuggestion> suggestions = new ArrayList<>();

  @OneToMany(mappedBy = "work", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("importedAt")
  private List<OriginalFile> originals = new ArrayList<>();

  protected Work() {}

  /**
   * A new work, not yet stored.
   *
   * @param published the date the work was first published
   * @param updatedAt when it last changed
   */
  public Work(String title, LocalDate published, Instant updatedAt) {
    setTitle(title);
    this.published = Objects.requireNonNull(published, "published");
    this.updatedAt = stored(Objects.requireNonNull(updatedAt, "updatedAt"));
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    String stripped = Objects.requireNonNull(title, "title").strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("a work needs a title");
    }
    this.title = stripped;
  }

  /** The summary as sanitized HTML, or {@code null}. */
  public String getSummary() {
    return summary;
  }

  public void setSummary(String summaryHtml) {
    this.summary = summaryHtml;
  }

  /** Notes shown before the work as sanitized HTML, or {@code null}. */
  public String getNotes() {
    return notes;
  }

  public void setNotes(String notesHtml) {
    this.notes = notesHtml;
  }

  /** Notes shown after the last chapter as sanitized HTML, or {@code null}. */
  public String getEndNotes() {
    return endNotes;
  }

  public void setEndNotes(String endNotesHtml) {
    this.endNotes = endNotesHtml;
  }

  /** A BCP 47 language tag, or {@code null} when nobody has said. */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  /** Where the work was first published, or {@code null}. */
  public String getSourceUrl() {
    return sourceUrl;
  }

  public void setSourceUrl(String sourceUrl) {
    this.sourceUrl = sourceUrl;
  }

  /**
   * The key that joins files holding parts of this story ({@code fanfiction.net/s/5678}), or
   * {@code null} for a work imported whole.
   */
  public String getStoryKey() {
    return storyKey;
  }

  public void setStoryKey(String storyKey) {
    this.storyKey = storyKey;
  }

  /** The words of all chapters, counted as AO3 counts them. */
  public int getWords() {
    return words;
  }

  /** The number of chapters planned, or {@code null} when unknown (shown {@code x/?}). */
  public Integer getChaptersExpected() {
    return chaptersExpected;
  }

  public void setChaptersExpected(Integer chaptersExpected) {
    if (chaptersExpected != null && chaptersExpected < 1) {
      throw new IllegalArgumentException("expected chapters must be positive: " + chaptersExpected);
    }
    this.chaptersExpected = chaptersExpected;
  }

  /** A work is complete when as many chapters are written as were planned. */
  @GenericField(name = "complete")
  @IndexingDependency(derivedFrom = {
      @ObjectPath(@PropertyValue(propertyName = "chapterCount")),
      @ObjectPath(@PropertyValue(propertyName = "chaptersExpected"))})
  public boolean isComplete() {
    return isComplete(chapterCount, chaptersExpected);
  }

  /** Whether a work of {@code chapterCount} chapters, expecting {@code chaptersExpected} (null: unknown), is complete. */
  static boolean isComplete(int chapterCount, Integer chaptersExpected) {
    return chaptersExpected != null && chapterCount >= chaptersExpected;
  }

  /** Chapters written and expected as AO3 shows them: {@code 3/5}, {@code 1/1} or {@code 2/?}. */
  public String getChapterProgress() {
    return chapterProgress(chapterCount, chaptersExpected);
  }

  /** As {@link #getChapterProgress()}, for a work's counts read without the work. */
  static String chapterProgress(int chapterCount, Integer chaptersExpected) {
    return chapterCount + "/" + (chaptersExpected == null ? "?" : chaptersExpected);
  }

  public LocalDate getPublished() {
    return published;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void touch(Instant when) {
    this.updatedAt = stored(Objects.requireNonNull(when, "when"));
  }

  /**
   * An instant as the database keeps it, to the microsecond: the work in memory, which its index
   * document is written from, then equals the row read back ({@link WorkRevision}).
   */
  private static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * The fingerprint of what this work's index document is made of, kept in the index so that a
   * check of the index sees a document older than its row. Every input is itself indexed, so any
   * change to one reindexes the work and writes the fingerprint again.
   */
  @GenericField(name = "revision", projectable = Projectable.YES, searchable = Searchable.NO)
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  public long getRevision() {
    return WorkRevision.of(this);
  }

  public List<Creator> getCreators() {
    return Collections.unmodifiableList(creators);
  }

  /** The first creator's name, which orders works by creator as AO3 does; blank for none. */
  @KeywordField(name = "creatorSort", normalizer = "sort", sortable = Sortable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "creators")))
  public String getFirstCreatorName() {
    return creators.isEmpty() ? "" : creators.getFirst().getName();
  }

  /**
   * The accounts holding the work's bylines, which a viewer's mutes leave out of searches (the
   * index learns a moved pseud's new account when the move reindexes its works, see {@link Pseuds}).
   */
  @GenericField(name = "creatorAccount")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "creators")))
  public List<Long> getCreatorAccountIds() {
    return creators.stream().map(c -> c.getAccount().getId()).distinct().toList();
  }

  /** The archive's own kudos, hits, comments and bookmarks, as they were when the work was loaded. */
  public WorkStats getStats() {
    return new WorkStats(kudos, hits, comments, bookmarks);
  }

  /** What the file the work was imported from stated; {@link WorkStats#NONE} when it stated nothing. */
  public WorkStats getSourceStats() {
    return new WorkStats(sourceKudos, sourceHits, sourceComments, sourceBookmarks);
  }

  public void setSourceStats(WorkStats stats) {
    this.sourceKudos = stats.kudos();
    this.sourceHits = stats.hits();
    this.sourceComments = stats.comments();
    this.sourceBookmarks = stats.bookmarks();
  }

  /** Who may find and read the work; see {@link Visibility}. */
  public boolean isRestricted() {
    return restricted;
  }

  public void setRestricted(boolean restricted) {
    this.restricted = restricted;
  }

  /** The archivist who imported the work, or null; a work's creators are its pseuds' accounts. */
  public Account getOwner() {
    return owner;
  }

  public void setOwner(Account owner) {
    this.owner = owner;
  }

  public CommentPermission getCommentPermission() {
    return commentPermission;
  }

  public void setCommentPermission(CommentPermission commentPermission) {
    this.commentPermission = java.util.Objects.requireNonNull(commentPermission);
  }

  public boolean isCommentsModerated() {
    return commentsModerated;
  }

  public void setCommentsModerated(boolean commentsModerated) {
    this.commentsModerated = commentsModerated;
  }

  /** Whether the account holds one of the pseuds the work is credited to. */
  public boolean isCreditedTo(long accountId) {
    return creators.stream().anyMatch(c -> c.getAccount().getId() == accountId);
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public void setVisibility(Visibility visibility) {
    this.visibility = Objects.requireNonNull(visibility, "visibility");
  }

  public void addCreator(Creator creator) {
    if (!creators.contains(creator)) {
      creators.add(creator);
    }
  }

  /**
   * Credits {@code to} where {@code from} was, keeping the byline's order; when the work already
   * credits {@code to}, {@code from} is only removed. Nothing happens when {@code from} is not
   * credited.
   */
  public void replaceCreator(Creator from, Creator to) {
    // By id: either may be a lazy proxy of the creator the list holds.
    int at = indexOfCreator(from.getId());
    if (at < 0) {
      return;
    }
    if (indexOfCreator(to.getId()) >= 0) {
      creators.remove(at);
    } else {
      creators.set(at, to);
    }
  }

  /** Takes {@code creator}'s credit away; the work's other creators keep theirs. */
  public void removeCreator(Creator creator) {
    int at = indexOfCreator(creator.getId());
    if (at >= 0) {
      creators.remove(at);
    }
  }

  private int indexOfCreator(Long id) {
    for (int i = 0; i < creators.size(); i++) {
      if (creators.get(i).getId().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** All tags, ordered by kind (AO3's order) and name. */
  public Set<Tag> getTags() {
    return Collections.unmodifiableSet(tags);
  }

  public List<Tag> tagsOf(TagKind kind) {
    return tags.stream().filter(t -> t.getKind() == kind).toList();
  }

  public void addTag(Tag tag) {
    tags.add(Objects.requireNonNull(tag, "tag"));
  }

  /** Makes {@code rating} the work's only rating tag. */
  public void setRatingTag(Tag rating) {
    if (rating.getKind() != TagKind.RATING) {
      throw new IllegalArgumentException("not a rating: " + rating.getName());
    }
    tags.removeIf(t -> t.getKind() == TagKind.RATING);
    addTag(rating);
  }

  /**
   * The rating tag's meaning; a work without one is {@link Rating#NOT_RATED}, as on AO3, and one
   * with several (a file that gave two) has the strictest, so the adult gate never opens too early.
   */
  @KeywordField(name = "rating")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
  public Rating getRating() {
    return ratingOf(tagsOf(TagKind.RATING).stream().map(Tag::getName).toList());
  }

  /** The strictest rating among a work's rating tags' names; Not Rated when none is a rating. */
  static Rating ratingOf(List<String> ratingTagNames) {
    return ratingTagNames.stream()
        .map(Rating::fromTagName)
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(Rating::strictness))
        .orElse(Rating.NOT_RATED);
  }

  /**
   * Tag keys ({@code kind:name}) for exact include and exclude filters: each tag's own, for a
   * synonym its canonical tag's, and the keys of every meta tag above the canonical tag, so that
   * filtering by a canonical tag also finds (or excludes) its synonyms and, by a meta tag, its
   * subtags' works, each with one term. A work without a rating tag is filed under Not Rated, as
   * it is shown. Wrangling changes these without changing the work: it re-files the works itself.
   */
  @KeywordField(name = "tag", normalizer = "sort")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
  public List<String> getTagKeys() {
    List<String> keys = new ArrayList<>(tags.stream()
        .flatMap(t -> Stream.concat(Stream.of(t, t.canonicalTag()), t.canonicalTag().metaTagsAbove().stream()))
        .map(Tag::key).distinct().toList());
    if (tagsOf(TagKind.RATING).isEmpty()) {
      keys.add(TagKind.RATING.key() + ":" + Rating.NOT_RATED.tagName());
    }
    return keys;
  }

  /** Tag names as words, so that a free-text query finds a work by its tags. */
  @FullTextField(name = "tagText", analyzer = "prose")
  @KeywordField(name = "tagName", normalizer = "sort")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
  public List<String> getTagNames() {
    List<String> names = new ArrayList<>(tags.stream().map(Tag::getName).toList());
    if (tagsOf(TagKind.RATING).isEmpty()) {
      names.add(Rating.NOT_RATED.tagName());
    }
    return names;
  }

  public List<Chapter> getChapters() {
    return Collections.unmodifiableList(chapters);
  }

  /** How many chapters are written; one means AO3's "single chapter". */
  public int getChapterCount() {
    return chapterCount;
  }

  /** A crossover names more than one fandom (synonyms of one fandom count once). */
  @GenericField(name = "crossover")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")))
  public boolean isCrossover() {
    return tagsOf(TagKind.FANDOM).stream().map(Tag::canonicalTag).distinct().count() > 1;
  }

  /** Appends a chapter after the last one and adds its words to the work's. */
  public Chapter addChapter(String title, ChapterBody body) {
    int next = chapters.isEmpty() ? 1 : chapters.getLast().getPosition() + 1;
    return insertChapter(next, title, body);
  }

  /**
   * Places a chapter at {@code position}, keeping chapters in order; positions may have gaps while
   * a story's chapters arrive from separate files.
   *
   * @throws IllegalArgumentException when the position is taken or not positive
   */
  public Chapter insertChapter(int position, String title, ChapterBody body) {
    if (position < 1 || hasChapterAt(position)) {
      throw new IllegalArgumentException("chapter position " + position + " is taken or invalid");
    }
    Chapter chapter = new Chapter(this, position, title, body);
    int index = 0;
    while (index < chapters.size() && chapters.get(index).getPosition() < position) {
      index++;
    }
    chapters.add(index, chapter);
    chapterCount++;
    words += body.words();
    return chapter;
  }

  /**
   * Replaces the title and text of the chapter at {@code position} (a newer version of the work
   * revised it) and corrects the work's words.
   *
   * @throws IllegalArgumentException when there is no chapter at that position
   */
  public Chapter reviseChapter(int position, String title, ChapterBody body) {
    Chapter chapter = chapters.stream().filter(c -> c.getPosition() == position).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("work " + id + " has no chapter " + position));
    words += body.words() - chapter.getWords();
    chapter.revise(title, body);
    return chapter;
  }

  /**
   * The chapter with this id.
   *
   * @throws IllegalArgumentException when the work has no such chapter
   */
  public Chapter chapter(long chapterId) {
    return chapters.stream()
        .filter(c -> c.getId() != null && c.getId() == chapterId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("work " + id + " has no chapter " + chapterId));
  }

  /**
   * Removes a chapter and its words. The later chapters keep their positions, leaving a gap, until
   * {@link #numberChapters} closes it.
   *
   * @throws IllegalArgumentException when the work has no such chapter
   */
  public void removeChapter(long chapterId) {
    Chapter chapter = chapter(chapterId);
    chapters.remove(chapter);
    chapterCount--;
    words -= chapter.getWords();
  }

  /**
   * Moves every chapter to a negative position, the first of two steps to renumber them: positions
   * are unique in the database, and the store writes changed rows in no particular order, so the
   * new positions are given ({@link #numberChapters}) only once these are written.
   */
  public void setChaptersAside() {
    chapters.forEach(c -> c.moveTo(-c.getPosition()));
  }

  /**
   * Numbers the chapters 1..n in the order of {@code chapterIds}, which names each chapter once
   * (see {@link #setChaptersAside} for why chapters are set aside first).
   *
   * @throws IllegalArgumentException when {@code chapterIds} is not exactly the work's chapters
   */
  public void numberChapters(List<Long> chapterIds) {
    List<Long> present = chapters.stream().map(Chapter::getId).sorted().toList();
    if (!present.equals(chapterIds.stream().sorted().toList())) {
      throw new IllegalArgumentException("a new order names each of the work's chapters once");
    }
    for (int i = 0; i < chapterIds.size(); i++) {
      chapter(chapterIds.get(i)).moveTo(i + 1);
    }
    chapters.sort(Comparator.comparingInt(Chapter::getPosition));
  }

  /** Credits the work to {@code pseuds} alone, in this order. */
  public void replaceCreators(List<Creator> pseuds) {
    creators.clear();
    pseuds.forEach(this::addCreator);
  }

  /** Gives the work exactly these tags, in place of all it had. */
  public void replaceTags(Collection<Tag> replacement) {
    tags.clear();
    replacement.forEach(this::addTag);
  }

  /** Posts a draft: readers find it from now on, first published {@code on}. */
  public void publish(LocalDate on) {
    if (visibility != Visibility.DRAFT) {
      throw new IllegalStateException("work " + id + " is not a draft");
    }
    this.published = Objects.requireNonNull(on, "on");
    this.visibility = Visibility.PUBLISHED;
  }

  public boolean hasChapterAt(int position) {
    return chapters.stream().anyMatch(c -> c.getPosition() == position);
  }

  public List<TagSuggestion> getSuggestions() {
    return Collections.unmodifiableList(suggestions);
  }

  /** The suggestions no editor has accepted or rejected yet, likeliest first. */
  public List<TagSuggestion> getWaitingSuggestions() {
    return suggestions.stream().filter(s -> !s.isRejected()).toList();
  }

  /**
   * An editor accepts a suggestion, maybe under another name: {@code tag} joins the work's tags
   * and the suggestion is done with.
   *
   * @throws IllegalArgumentException when the work has no such suggestion or the tag's kind differs
   */
  public void acceptSuggestion(long suggestionId, Tag tag) {
    TagSuggestion suggestion = suggestion(suggestionId);
    if (suggestion.getKind() != tag.getKind()) {
      throw new IllegalArgumentException("a " + suggestion.getKind().label() + " suggestion cannot become a "
          + tag.getKind().label() + " tag");
    }
    if (tag.getKind() == TagKind.RATING) {
      setRatingTag(tag);
    } else {
      addTag(tag);
    }
    suggestions.remove(suggestion);
  }

  /** An editor turns a suggestion down; it stays recorded so it is not offered again. */
  public void rejectSuggestion(long suggestionId) {
    suggestion(suggestionId).reject();
  }

  private TagSuggestion suggestion(long suggestionId) {
    return suggestions.stream()
        .filter(s -> s.getId() != null && s.getId() == suggestionId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("work " + id + " has no suggestion " + suggestionId));
  }

  /**
   * Stores a suggestion for an editor to decide on.
   *
   * @param finding how it was found, by which editors' decisions are counted; {@code null} when by
   *     no rule of Quire's
   */
  public void addSuggestion(TagKind kind, String name, double confidence, String evidence, Finding finding) {
    suggestions.add(new TagSuggestion(this, kind, name, confidence, evidence, finding));
  }

  /** The files this work was imported from, oldest first. */
  public List<OriginalFile> getOriginals() {
    return Collections.unmodifiableList(originals);
  }

  public OriginalFile addOriginal(
      String sha256, String fileName, String format, long sizeBytes, Instant importedAt) {
    OriginalFile original = new OriginalFile(sha256, this, fileName, format, sizeBytes, importedAt);
    originals.add(original);
    return original;
  }
}
