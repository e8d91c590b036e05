package dev.quire.work;

import dev.quire.account.Viewer;
import dev.quire.stats.KudosLedger;
import dev.quire.stats.StatCounters;
import dev.quire.stats.VisitorAddresses;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * AO3's kudos: whoever may read a work leaves one, once per account or, for a guest, once per
 * address; never on a work credited to one of their own pseuds. The page's button and the API
 * share {@link #leave}. A new kudos adds one to the work's count in the same transaction. Thread-safe.
 */
@Component
public class Kudos {

  /** What leaving kudos did. */
  public enum Outcome {
    /** A new kudos, counted. */
    LEFT,
    /** This visitor had left kudos here already; nothing changed. */
    ALREADY_LEFT
  }

  private final WorkRepository works;
  private final AccessPolicy policy;
  private final KudosLedger ledger;
  private final VisitorAddresses visitors;
  private final StatCounters counters;
  private final Clock clock;

  Kudos(WorkRepository works, AccessPolicy policy, KudosLedger ledger, VisitorAddresses visitors,
      StatCounters counters, Clock clock) {
    this.works = works;
    this.policy = policy;
    this.ledger = ledger;
    this.visitors = visitors;
    this.counters = counters;
    this.clock = clock;
  }

  /**
   * Leaves {@code viewer}'s kudos on work {@code workId}.
   *
   * @param address the address the request came from: a guest's kudos counts once per address
   * @throws WorkNotFoundException when the viewer may not read the work (or there is none)
   * @throws KudosRefusedException when the work is the viewer's own
   * @throws AccessDeniedException when the viewer's account is suspended
   */
  @Transactional
  public Outcome leave(Viewer viewer, long workId, String address) {
    Work work = readable(viewer, workId);
    if (!viewer.isGuest() && work.isCreditedTo(viewer.accountId())) {
      throw new KudosRefusedException("You can't leave kudos on your own work.");
    }
    policy.check(viewer, WorkAction.LEAVE_KUDOS, work);
    if (!ledger.leave(workId, visitors.of(viewer.accountId(), address), clock.instant())) {
      return Outcome.ALREADY_LEFT;
    }
    counters.addKudos(workId);
    return Outcome.LEFT;
  }

  private Work readable(Viewer viewer, long workId) {
    return works.findById(workId).filter(work -> policy.mayRead(viewer, work))
        .orElseThrow(() -> new WorkNotFoundException(workId));
  }
}
