package dev.quire.work;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads works for pages and the API, each call in its own read-only transaction, and returns them
 * detached ({@link WorkSummary}, {@link WorkDetails}) so that nothing loads lazily while rendering.
 */
@Component
public class WorkCatalog {

  private final WorkRepository works;
  private final SeriesRepository series;
  private final OriginalContentRepository contents;

  WorkCatalog(WorkRepository works, SeriesRepository series, OriginalContentRepository contents) {
    this.works = works;
    this.series = series;
    this.contents = contents;
  }

  /** The most recently updated works readers may see, newest first. */
  @Transactional(readOnly = true)
  public List<WorkSummary> recent(int count) {
    return works.findRecent(Visibility.readableOnes(), PageRequest.of(0, count)).stream()
        .map(WorkSummary::of)
        .toList();
  }

  /** A work readers may see; empty for drafts and hidden works, as for works that do not exist. */
  @Transactional(readOnly = true)
  public Optional<WorkSummary> summary(long id) {
    return readable(id).map(WorkSummary::of);
  }

  /** A work readers may see, in full; empty for drafts and hidden works. */
  @Transactional(readOnly = true)
  public Optional<WorkDetails> details(long id) {
    return readable(id).map(work -> WorkDetails.of(work, series.findPlacesOf(id)));
  }

  private Optional<Work> readable(long id) {
    return works.findWithDetails(id).filter(work -> work.getVisibility().readable());
  }

  /** A series and those of its works readers may see, in reading order. */
  @Transactional(readOnly = true)
  public Optional<SeriesDetails> series(long id) {
    return series.findById(id).map(s -> new SeriesDetails(s.getId(), s.getTitle(), s.getSummary(),
        s.getEntries().stream().flatMap(e -> details(e.getWork().getId()).stream()).toList()));
  }

  /** The exact bytes of a file the work was imported from. */
  @Transactional(readOnly = true)
  public Optional<byte[]> original(String sha256) {
    return contents.findById(sha256).map(OriginalContent::content);
  }
}
