package dev.quire.work.web;

import dev.quire.story.WorkStats;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.quire.tag.TagKind;
import dev.quire.work.Visibility;
import dev.quire.work.WorkAction;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shapes of works in the JSON API ({@code /api/v1}), as the README documents them. */
public final class WorkJson {

  private WorkJson() {}

  /**
   * A work in a list. {@code kudos}, {@code hits}, {@code comments} and {@code bookmarks} are the
   * archive's own; {@code sourceStats} what an imported file stated, or {@code null}.
   */
  public record Summary(
      long id, String title, List<String> creators, String rating, int words, int chapters,
      String chapterProgress, boolean complete, Map<String, List<String>> tags, String summary,
      String language, LocalDate published, Instant updated, int kudos, int hits, int comments, int bookmarks,
      WorkStats sourceStats) {}

  /**
   * One work in full: a summary's fields (its counts too), and more. {@code draft} and
   * {@code restricted} are there only for those who may edit the work (its editors).
   */
  public record Full(
      long id, String title, List<String> creators, String rating, Map<String, List<String>> tags,
      List<WorkDetails.SuggestionView> suggestions, String summary, String notes, String endNotes,
      int words, String language, String chapterProgress, boolean complete, LocalDate published,
      Instant updated, int kudos, int hits, int comments, int bookmarks, WorkStats sourceStats, List<Chapter> chapters, Source source, List<Series> series,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean draft,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean restricted) {}

  /** The work's place in a series; {@code id} leads to {@code /series/{id}}. */
  public record Series(long id, String title, int position) {}

  /** A chapter's place and size; its text is read on the chapter's page. */
  public record Chapter(long id, int position, String title, int words) {}

  /** The file a work was imported from. */
  public record Source(String fileName, String format, String sha256, long size, String url) {}

  public static Summary summary(WorkSummary w) {
    return new Summary(w.id(), w.title(), w.creators(), w.rating().tagName(), w.words(), w.chapters(),
        w.chapterProgress(), w.complete(), tags(w), w.summary(), w.language(), w.published(), w.updated(),
        w.stats().kudos(), w.stats().hits(), w.stats().comments(), w.stats().bookmarks(), w.sourceStats());
  }

  /** The work as {@code GET /api/v1/works/{id}} answers it, to the viewer {@code d} was read for. */
  public static Full full(WorkDetails d) {
    // Whether it is a draft or restricted is told to those who may edit it (its creators, the
    // archivist who imported it, admins) and nobody else.
    boolean editor = d.actions().contains(WorkAction.EDIT);
    WorkSummary w = d.summary();
    return new Full(w.id(), w.title(), w.creators(), w.rating().tagName(), tags(w), d.suggestions(),
        w.summary(), d.notes(), d.endNotes(), w.words(), w.language(), w.chapterProgress(),
        w.complete(), w.published(), w.updated(), w.stats().kudos(), w.stats().hits(), w.stats().comments(),
        w.stats().bookmarks(), w.sourceStats(),
        d.chapters().stream().map(c -> new Chapter(c.id(), c.position(), c.title(), c.words())).toList(),
        d.source().map(s -> new Source(s.fileName(), s.format(), s.sha256(), s.sizeBytes(), d.sourceUrl())).orElse(null),
        d.series().stream().map(s -> new Series(s.seriesId(), s.title(), s.position())).toList(),
        editor ? d.visibility() == Visibility.DRAFT : null, editor ? d.restricted() : null);
  }

  private static Map<String, List<String>> tags(WorkSummary w) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    for (TagKind kind : TagKind.values()) {
      tags.put(kind.key(), w.tagsOf(kind));
    }
    return tags;
  }
}
