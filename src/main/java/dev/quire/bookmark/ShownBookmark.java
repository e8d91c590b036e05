package dev.quire.bookmark;

import dev.quire.work.SeriesDetails;
import dev.quire.work.WorkSummary;
import java.time.Instant;
import java.util.List;

/**
 * A bookmark as a list shows it.
 *
 * @param workId its work's id; null for a series' bookmark and once its work was deleted
 * @param workTitle the title of its work or series, kept when that is deleted
 * @param work the work's summary, or null
 * @param ofSeries whether it is of a series rather than a work
 * @param seriesId its series' id; null for a work's bookmark and once its series was deleted
 * @param series the series as the viewer may read it, or null
 * @param notes cleaned HTML, or null
 * @param own whether the viewer owns it (and may edit and delete it)
 */
public record ShownBookmark(long id, Long workId, String workTitle, WorkSummary work, boolean ofSeries, Long seriesId,
    SeriesDetails series, String notes, List<String> tags, boolean rec, boolean isPrivate, Instant created,
    Instant updated, boolean own) {

  static ShownBookmark of(Bookmark bookmark, WorkSummary work, SeriesDetails series, boolean own) {
    return new ShownBookmark(bookmark.getId(), bookmark.getWorkId(), bookmark.getWorkTitle(), work,
        bookmark.isOfSeries(), bookmark.getSeriesId(), series, bookmark.getNotes(), bookmark.getTags(), bookmark.isRec(), bookmark.isPrivate(),
        bookmark.getCreatedAt(), bookmark.getUpdatedAt(), own);
  }

  /** Whether its work or series was deleted (AO3: "This work has been deleted"). */
  public boolean deleted() {
    return workId == null && seriesId == null;
  }

  /** Where its form is: the bookmark form of its work or series. */
  public String editPath() {
    return seriesId != null ? "/series/" + seriesId + "/bookmarks/new" : "/works/" + workId + "/bookmarks/new";
  }
}
