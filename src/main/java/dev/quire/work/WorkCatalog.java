package dev.quire.work;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
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
  private final CreatorRepository creators;

  WorkCatalog(WorkRepository works, SeriesRepository series, OriginalContentRepository contents,
      CreatorRepository creators) {
    this.works = works;
    this.series = series;
    this.contents = contents;
    this.creators = creators;
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

  /**
   * A series and those of its works readers may see, in reading order; empty when readers may see
   * none of them, so that a series of hidden works and drafts only is never shown.
   */
  @Transactional(readOnly = true)
  public Optional<SeriesDetails> series(long id) {
    return series.findById(id).map(s -> new SeriesDetails(s.getId(), s.getTitle(), s.getSummary(),
        s.getEntries().stream().flatMap(e -> details(e.getWork().getId()).stream()).toList()))
        .filter(s -> !s.works().isEmpty());
  }

  /**
   * One page (1-based) of the works readers may see that credit the pseud {@code pseud} of the
   * account {@code userName}; empty when there is no such pseud or readers may see none of its
   * works, so that a byline of hidden works and drafts only is never shown.
   */
  @Transactional(readOnly = true)
  public Optional<CreatorWorks> pseud(String userName, String pseud, int page, int pageSize) {
    return creators.findPseud(userName, pseud).flatMap(creator -> creatorWorks(WorkSummary.Byline.of(creator),
        works.findByCreator(creator.getId(), Visibility.readableOnes(), PageRequest.of(page - 1, pageSize)),
        page, pageSize));
  }

  /**
   * One page (1-based) of the works readers may see that credit any pseud of the account
   * {@code userName}; empty when there is no such account or readers may see none of its works.
   */
  @Transactional(readOnly = true)
  public Optional<CreatorWorks> creator(String userName, int page, int pageSize) {
    return creatorWorks(new WorkSummary.Byline(userName, userName),
        works.findByAccount(userName, Visibility.readableOnes(), PageRequest.of(page - 1, pageSize)),
        page, pageSize);
  }

  private static Optional<CreatorWorks> creatorWorks(WorkSummary.Byline byline, Page<Work> found, int page,
      int pageSize) {
    return found.getTotalElements() == 0 ? Optional.empty() : Optional.of(new CreatorWorks(
        byline, found.map(WorkSummary::of).toList(), page, pageSize, found.getTotalElements()));
  }

  /** The work a chapter belongs to, when readers may see it. */
  @Transactional(readOnly = true)
  public Optional<Long> workOfChapter(long chapterId) {
    return works.findWorkIdOfChapter(chapterId).filter(id -> readable(id).isPresent());
  }

  /** The exact bytes of a file the work was imported from. */
  @Transactional(readOnly = true)
  public Optional<byte[]> original(String sha256) {
    return contents.findById(sha256).map(OriginalContent::content);
  }
}
