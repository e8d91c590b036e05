package dev.quire.history;

import dev.quire.account.Viewer;
import dev.quire.reader.Reading;
import dev.quire.reader.ReadingHistory;
import dev.quire.reader.ReadingRefusedException;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkCatalog.ListedWork;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.WorkNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A reader's history with its works: the pages of it, Resume, Mark for Later and the place the
 * reading page saves. Every work is read through {@link WorkCatalog}, which asks the access policy:
 * a work the reader may no longer read is a history entry without a title, and is never marked or
 * resumed. Thread-safe.
 */
@Component
public class Readings {

  private final ReadingHistory history;
  private final WorkCatalog catalog;

  Readings(ReadingHistory history, WorkCatalog catalog) {
    this.history = history;
    this.catalog = catalog;
  }

  /**
   * Page {@code page} (from 1) of {@code user}'s history, for {@code viewer}; empty unless the viewer
   * is that user: a history is its reader's alone.
   */
  public Optional<HistoryPage> of(Viewer viewer, String user, boolean laterOnly, int page) {
    if (viewer.isGuest() || !viewer.userName().toLowerCase(Locale.ROOT).equals(user.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (page < 1) {
      throw new ReadingRefusedException(HttpStatus.BAD_REQUEST, "Pages are numbered from 1.");
    }
    List<Reading> readings = history.page(viewer, laterOnly, page - 1, HistoryPage.SIZE);
    long total = history.count(viewer, laterOnly);
    Map<Long, ListedWork> works = catalog.listed(viewer, readings.stream().map(Reading::workId).toList());
    List<HistoryEntry> entries = readings.stream()
        .map(r -> new HistoryEntry(r, Optional.ofNullable(works.get(r.workId())).map(ListedWork::summary).orElse(null)))
        .toList();
    int pages = (int) Math.max(1, (total + HistoryPage.SIZE - 1) / HistoryPage.SIZE);
    return Optional.of(new HistoryPage(viewer.userName(), entries, page, pages, total, laterOnly,
        history.preferences(viewer)));
  }

  /**
   * Where "Resume" takes {@code viewer} in {@code workId}: the chapter they reached, at their place
   * ({@code #place-N}, the N-th paragraph, which the reading page's script scrolls to); the first
   * chapter when the work is not in their history or no longer has the chapter.
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   */
  public String resume(Viewer viewer, long workId) {
    WorkDetails work = readable(viewer, workId);
    Optional<Reading> read = history.of(viewer, workId);
    Optional<ChapterText> reached = read.flatMap(r -> chapter(work, r.chapter()));
    ChapterText chapter = reached.orElse(work.chapters().getFirst());
    String place = reached.isPresent() && read.get().paragraph() > 0 ? "#place-" + read.get().paragraph() : "#workskin";
    return "/works/" + workId + "/chapters/" + chapter.id() + place;
  }

  /**
   * Saves {@code viewer}'s place in {@code workId}: chapter {@code chapter} (its position), paragraph
   * {@code paragraph} (from 0).
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws ReadingRefusedException when the work has no such chapter (422) or the account is suspended (403)
   */
  public void savePlace(Viewer viewer, long workId, int chapter, int paragraph) {
    WorkDetails work = readable(viewer, workId);
    if (chapter(work, chapter).isEmpty()) {
      throw new ReadingRefusedException(HttpStatus.UNPROCESSABLE_CONTENT,
          "Work " + workId + " has no chapter " + chapter + ".");
    }
    history.savePlace(viewer, workId, chapter, paragraph);
  }

  /**
   * Marks {@code workId} for later in {@code viewer}'s history, or as read ({@code later} false).
   *
   * @return whether the mark changed
   * @throws WorkNotFoundException when the viewer may not read the work
   */
  public boolean markForLater(Viewer viewer, long workId, boolean later) {
    if (catalog.summary(viewer, workId).isEmpty()) {
      throw new WorkNotFoundException(workId);
    }
    return history.markForLater(viewer, workId, later);
  }

  private WorkDetails readable(Viewer viewer, long workId) {
    return catalog.details(viewer, workId, WorkCatalog.Texts.NONE).orElseThrow(() -> new WorkNotFoundException(workId));
  }

  private static Optional<ChapterText> chapter(WorkDetails work, int position) {
    return work.chapters().stream().filter(c -> c.position() == position).findFirst();
  }
}
