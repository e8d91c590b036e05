package dev.quire.work;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a reader or the API sees of one work, detached from the database.
 *
 * @param notes sanitized HTML shown before the first chapter, or {@code null}
 * @param endNotes sanitized HTML shown after the last chapter, or {@code null}
 * @param sourceUrl where the work was first published, or {@code null}
 * @param sources the files the work was imported from, oldest first
 * @param series the series the work belongs to, with its place in each
 * @param visibility published, a draft, or hidden by a moderator
 * @param restricted whether only logged-in readers find it
 * @param actions what the viewer it was read for may do to it besides reading it (edit, delete,
 *     orphan...), for the links its page offers
 */
public record WorkDetails(
    WorkSummary summary,
    String notes,
    String endNotes,
    String sourceUrl,
    List<ChapterText> chapters,
    List<SuggestionView> suggestions,
    List<Source> sources,
    List<SeriesPlace> series,
    Visibility visibility,
    boolean restricted,
    Set<WorkAction> actions) {

  public WorkDetails {
    actions = Set.copyOf(actions);
    chapters = List.copyOf(chapters);
    suggestions = List.copyOf(suggestions);
    sources = List.copyOf(sources);
    series = List.copyOf(series);
  }

  static WorkDetails of(Work work, List<ChapterText> chapters, List<SeriesEntry> places, Set<WorkAction> actions) {
    return new WorkDetails(
        WorkSummary.of(work),
        work.getNotes(),
        work.getEndNotes(),
        work.getSourceUrl(),
        chapters,
        work.getWaitingSuggestions().stream().map(SuggestionView::of).toList(),
        work.getOriginals().stream().map(Source::of).toList(),
        places.stream().map(SeriesPlace::of).toList(),
        work.getVisibility(),
        work.isRestricted(),
        actions);
  }

  public long id() {
    return summary.id();
  }

  /** These details with {@code chapters} instead of theirs (the same chapters with more of their texts read). */
  WorkDetails withChapters(List<ChapterText> chapters) {
    return new WorkDetails(summary, notes, endNotes, sourceUrl, chapters, suggestions, sources, series, visibility,
        restricted, actions);
  }

  /**
   * Where the work's stated counts come from, as its page labels them: the host of the address it
   * was first published at ({@code archiveofourown.org}), or "the source" when it names none.
   */
  public String sourceName() {
    try {
      String host = sourceUrl == null ? null : URI.create(sourceUrl.strip()).getHost();
      return host == null ? "the source" : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException notAnAddress) {
      return "the source";
    }
  }

  /** The chapter with this id, if it belongs to this work. */
  public Optional<ChapterText> chapter(long chapterId) {
    return chapters.stream().filter(c -> c.id() == chapterId).findFirst();
  }

  /** The chapter before {@code chapter} in reading order, if any. */
  public Optional<ChapterText> previous(ChapterText chapter) {
    int index = chapters.indexOf(chapter);
    return index > 0 ? Optional.of(chapters.get(index - 1)) : Optional.empty();
  }

  /** The chapter after {@code chapter} in reading order, if any. */
  public Optional<ChapterText> next(ChapterText chapter) {
    int index = chapters.indexOf(chapter);
    return index >= 0 && index + 1 < chapters.size()
        ? Optional.of(chapters.get(index + 1))
        : Optional.empty();
  }

  /**
   * The day a chapter was posted, as the chapter index shows it. Chapters keep no date of their own:
   * the first was posted when the work was, and each later one by the work's last update.
   */
  public LocalDate postedOn(ChapterText chapter) {
    return chapter.position() == 1 ? summary.published() : summary.updatedOn();
  }

  /** The first file the work came from; every imported work has one. */
  public Optional<Source> source() {
    return sources.stream().findFirst();
  }

  /**
   * One chapter, with its text when it was read: summary, notes and end notes are sanitized HTML or
   * {@code null}. A page reads only the texts it shows (a chapter page one of a hundred), and only
   * once it knows the browser's copy is not still good, so a chapter may come without one: {@link
   * #textRead()} tells, and {@link #body()} refuses rather than show an empty chapter.
   *
   * @param body the text as sanitized HTML, or {@code null} when it was not read
   * @param bodyDigest the text's digest ({@link dev.quire.platform.Sha256}), which changes whenever
   *     the text does
   */
  public record ChapterText(
      long id, int position, String title, String heading, String summary, String notes,
      String endNotes, String body, int words, String bodyDigest) {

    /** A chapter of the work's index, from the columns of {@code WorkRepository#findChapterIndex}. */
    static ChapterText indexed(Object[] row) {
      int position = (Integer) row[1];
      String title = (String) row[2];
      return new ChapterText((Long) row[0], position, title, Chapter.heading(position, title),
          (String) row[3], (String) row[4], (String) row[5], null, (Integer) row[6], (String) row[7]);
    }

    /** This chapter with its text. */
    ChapterText withText(String text) {
      return new ChapterText(id, position, title, heading, summary, notes, endNotes, text, words, bodyDigest);
    }

    /** Whether this chapter's text was read with it. */
    public boolean textRead() {
      return body != null;
    }

    /**
     * The text as sanitized HTML.
     *
     * @throws IllegalStateException when it was not read with the work ({@link #textRead()})
     */
    @Override
    public String body() {
      if (body == null) {
        throw new IllegalStateException("The text of chapter " + id + " was not read with its work.");
      }
      return body;
    }
  }

  /** A tag suggestion waiting for an editor. */
  public record SuggestionView(long id, String kind, String name, double confidence, String evidence) {

    static SuggestionView of(TagSuggestion s) {
      return new SuggestionView(s.getId(), s.getKind().key(), s.getName(), s.getConfidence(), s.getEvidence());
    }
  }

  /** The work's place in a series: "Part 2 of Seasons". */
  public record SeriesPlace(long seriesId, String title, int position) {

    static SeriesPlace of(SeriesEntry entry) {
      return new SeriesPlace(entry.getSeries().getId(), entry.getSeries().getTitle(), entry.getPosition());
    }
  }

  /** A file the work was imported from. */
  public record Source(String fileName, String format, String sha256, long sizeBytes) {

    static Source of(OriginalFile o) {
      return new Source(o.getFileName(), o.getFormat(), o.getSha256(), o.getSizeBytes());
    }
  }
}
