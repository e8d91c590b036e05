package dev.quire.work;

import dev.quire.account.Viewer;
import dev.quire.reader.ReadingHistory;
import dev.quire.stats.HitLedger;
import dev.quire.stats.KudosGivers;
import dev.quire.stats.KudosLedger;
import dev.quire.stats.Visitor;
import dev.quire.stats.VisitorAddresses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader opening a work's page: a hit for the work (AO3's rule: one per visitor a day, not the
 * work's own creators', not a draft's or a hidden work's, not a bot's; counted by {@link HitLedger}
 * without a database write), a visit in the reader's history ({@link ReadingHistory}, likewise
 * noted in memory) and the kudos line the page shows. Thread-safe.
 */
@Component
public class Visits {

  /** Who left kudos on a work, and whether the visitor is one of them. */
  public record KudosLine(KudosGivers givers, boolean left) {}

  private final KudosLedger kudos;
  private final HitLedger hits;
  private final VisitorAddresses visitors;
  private final ReadingHistory history;

  Visits(KudosLedger kudos, HitLedger hits, VisitorAddresses visitors, ReadingHistory history) {
    this.kudos = kudos;
    this.hits = hits;
    this.visitors = visitors;
    this.history = history;
  }

  /**
   * Counts {@code viewer}'s visit to {@code work} and answers its kudos line.
   *
   * @param work the work as {@link WorkCatalog} gave it to {@code viewer}, through the access policy
   * @param address the address the request came from
   * @param userAgent the request's {@code User-Agent}, or {@code null}
   * @param chapter the position of the chapter the page shows, or {@code null} for the work's own
   *     page, which leaves the reader's place where it was
   */
  @Transactional(readOnly = true)
  public KudosLine visit(Viewer viewer, WorkDetails work, String address, String userAgent, Integer chapter) {
    long workId = work.id();
    Visitor visitor = visitors.of(viewer.accountId(), address);
    if (work.visibility() == Visibility.PUBLISHED && !work.summary().isCreditedTo(viewer)) {
      hits.visit(workId, visitor, userAgent);
    }
    if (work.visibility() == Visibility.PUBLISHED) {
      history.visited(viewer, workId, chapter);
    }
    return new KudosLine(kudos.givers(workId), kudos.hasLeft(workId, visitor));
  }
}
