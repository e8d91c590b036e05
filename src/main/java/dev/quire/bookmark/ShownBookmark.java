package dev.quire.bookmark;

import dev.quire.work.WorkSummary;
import java.time.Instant;
import java.util.List;

/**
 * A bookmark as a list shows it.
 *
 * @param workId null once its work was deleted
 * @param work the work's summary, or null once it was deleted
 * @param notes cleaned HTML, or null
 * @param own whether the viewer owns it (and may edit and delete it)
 */
public record ShownBookmark(long id, Long workId, String workTitle, WorkSummary work, String notes, List<String> tags,
    boolean rec, boolean isPrivate, Instant created, Instant updated, boolean own) {

  static ShownBookmark of(Bookmark bookmark, WorkSummary work, boolean own) {
    return new ShownBookmark(bookmark.getId(), bookmark.getWorkId(), bookmark.getWorkTitle(), work, bookmark.getNotes(),
        bookmark.getTags(), bookmark.isRec(), bookmark.isPrivate(), bookmark.getCreatedAt(), bookmark.getUpdatedAt(), own);
  }

  /** Whether its work was deleted (AO3: "This work has been deleted"). */
  public boolean deleted() {
    return workId == null;
  }
}
