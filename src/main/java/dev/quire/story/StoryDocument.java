package dev.quire.story;

import dev.quire.tag.TagKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a format parser read from one file: the work's metadata and its chapters, before anything is
 * stored. Pure data: no database identity, no Spring. Build one with {@link #builder()}.
 *
 * <p>Text fields that hold prose ({@code summary}, {@code notes}, {@code endNotes}) and every
 * chapter body are HTML fragments (the publisher sanitizes them again before storing). A field the
 * file does not state is {@code null} (or an empty list); parsers never invent values.
 *
 * @param title the title the file states, or {@code null} when it has none
 * @param creators names as credited, in the file's order
 * @param summary the work's summary as HTML, or {@code null}
 * @param notes notes before the work (author's notes, disclaimers) as HTML, or {@code null}
 * @param endNotes notes after the work as HTML, or {@code null}
 * @param language a BCP 47 language tag, or {@code null} when the file does not say
 * @param tags tags the file gives, each under its AO3 kind (the rating already mapped to AO3's)
 * @param chaptersExpected the planned number of chapters, or {@code null} when unknown ({@code x/?})
 * @param published the first publication date the file states, or {@code null}
 * @param updated the last update date the file states, or {@code null}
 * @param chapters at least one chapter, in reading order
 * @param series the series the work belongs to, with its position in each
 * @param sourceUrl where the work was published, or {@code null}
 * @param installment set when the file holds only some chapters of a longer story, so that files of
 *     the same story join into one work; {@code null} when the file holds the whole work
 * @param stats the kudos, hits, comments and bookmarks the file states; {@link WorkStats#NONE}
 *     when it states none
 * @param profiles what the file states about some of its creators (an old archive's author
 *     records), by the name they are credited under; empty for most files
 * @param draft whether the file says the work was never made public (an old archive's story
 *     awaiting validation)
 */
public record StoryDocument(
    String title,
    List<String> creators,
    String summary,
    String notes,
    String endNotes,
    String language,
    List<AuthorTag> tags,
    Integer chaptersExpected,
    LocalDate published,
    LocalDate updated,
    List<StoryChapter> chapters,
    List<SeriesPlace> series,
    String sourceUrl,
    Installment installment,
    WorkStats stats,
    List<CreatorProfile> profiles,
    boolean draft) {

  public StoryDocument {
    profiles = List.copyOf(profiles);
    creators = List.copyOf(creators);
    tags = List.copyOf(tags);
    chapters = List.copyOf(chapters);
    series = List.copyOf(series);
    stats = stats == null ? WorkStats.NONE : stats;
    if (chapters.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one chapter");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this story's values. */
  public Builder toBuilder() {
    return new Builder()
        .title(title).creators(creators).summary(summary).notes(notes).endNotes(endNotes)
        .language(language).tags(tags).chaptersExpected(chaptersExpected).published(published)
        .updated(updated).chapters(chapters).series(series).sourceUrl(sourceUrl)
        .installment(installment)
        .stats(stats).profiles(profiles).draft(draft);
  }

  /**
   * What an old archive recorded of one of its authors.
   *
   * @param name the name the author is credited under in {@code creators}
   * @param bioHtml their biography as HTML, or {@code null}
   * @param email the address they gave the archive, kept private for a claim invitation, or {@code
   *     null}
   */
  public record CreatorProfile(String name, String bioHtml, String email) {
    public CreatorProfile {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A tag the file itself gives the work. */
  public record AuthorTag(TagKind kind, String name) {
    public AuthorTag {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * One chapter as read from the file.
   *
   * @param title the chapter's heading as written ("Part 2", "Chapter One"), or {@code null}
   * @param summary the chapter's own summary as HTML, or {@code null}
   * @param notes notes at the start of the chapter as HTML, or {@code null}
   * @param endNotes notes at the end of the chapter as HTML, or {@code null}
   * @param bodyHtml the chapter text as HTML
   */
  public record StoryChapter(String title, String summary, String notes, String endNotes, String bodyHtml) {
    public StoryChapter {
      Objects.requireNonNull(bodyHtml, "bodyHtml");
    }

    /** A chapter without a summary of its own, which is what most formats know. */
    public StoryChapter(String title, String notes, String endNotes, String bodyHtml) {
      this(title, null, notes, endNotes, bodyHtml);
    }
  }

  /** The work's place in a series: the series' title and the work's 1-based position in it. */
  public record SeriesPlace(String title, int position) {
    public SeriesPlace {
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * Where the file's chapters stand in a story told across several files (one FanFiction.Net page
   * per chapter, say).
   *
   * @param storyKey identifies the story across files, e.g. {@code fanfiction.net/s/5678}
   * @param firstChapter the 1-based number of the file's first chapter within the story
   */
  public record Installment(String storyKey, int firstChapter) {
    public Installment {
      Objects.requireNonNull(storyKey, "storyKey");
      if (firstChapter < 1) {
        throw new IllegalArgumentException("chapters are numbered from 1: " + firstChapter);
      }
    }
  }

  /** Collects a story's parts as a parser finds them. Not thread-safe. */
  public static final class Builder {
    private String title;
    private List<String> creators = new ArrayList<>();
    private String summary;
    private String notes;
    private String endNotes;
    private String language;
    private List<AuthorTag> tags = new ArrayList<>();
    private Integer chaptersExpected;
    private LocalDate published;
    private LocalDate updated;
    private List<StoryChapter> chapters = new ArrayList<>();
    private List<SeriesPlace> series = new ArrayList<>();
    private String sourceUrl;
    private Installment installment;
    private WorkStats stats = WorkStats.NONE;
    private List<CreatorProfile> profiles = new ArrayList<>();
    private boolean draft;

    private Builder() {}

    public Builder profiles(List<CreatorProfile> profiles) {
      this.profiles = new ArrayList<>(profiles);
      return this;
    }

    public Builder draft(boolean draft) {
      this.draft = draft;
      return this;
    }

    public Builder stats(WorkStats stats) {
      this.stats = stats;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder creators(List<String> creators) {
      this.creators = new ArrayList<>(creators);
      return this;
    }

    public Builder creator(String creator) {
      creators.add(creator);
      return this;
    }

    public Builder summary(String summaryHtml) {
      this.summary = summaryHtml;
      return this;
    }

    public Builder notes(String notesHtml) {
      this.notes = notesHtml;
      return this;
    }

    public Builder endNotes(String endNotesHtml) {
      this.endNotes = endNotesHtml;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder tags(List<AuthorTag> tags) {
      this.tags = new ArrayList<>(tags);
      return this;
    }

    public Builder tag(TagKind kind, String name) {
      tags.add(new AuthorTag(kind, name));
      return this;
    }

    public Builder chaptersExpected(Integer chaptersExpected) {
      this.chaptersExpected = chaptersExpected;
      return this;
    }

    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    public Builder updated(LocalDate updated) {
      this.updated = updated;
      return this;
    }

    public Builder chapters(List<StoryChapter> chapters) {
      this.chapters = new ArrayList<>(chapters);
      return this;
    }

    public Builder chapter(StoryChapter chapter) {
      chapters.add(chapter);
      return this;
    }

    public Builder series(List<SeriesPlace> series) {
      this.series = new ArrayList<>(series);
      return this;
    }

    public Builder series(String title, int position) {
      series.add(new SeriesPlace(title, position));
      return this;
    }

    public Builder sourceUrl(String sourceUrl) {
      this.sourceUrl = sourceUrl;
      return this;
    }

    public Builder installment(Installment installment) {
      this.installment = installment;
      return this;
    }

    /** @throws IllegalArgumentException when no chapter was added */
    public StoryDocument build() {
      return new StoryDocument(title, creators, summary, notes, endNotes, language, tags,
          chaptersExpected, published, updated, chapters, series, sourceUrl, installment, stats,
          profiles, draft);
    }
  }
}
