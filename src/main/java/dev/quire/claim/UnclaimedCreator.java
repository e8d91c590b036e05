package dev.quire.claim;

import dev.quire.account.Account;
import dev.quire.work.WorkSummary.Byline;
import java.time.Instant;

/**
 * An imported byline nobody has claimed, as an archivist's list shows it.
 *
 * @param claimEmail where a claim invitation goes; null until an archivist notes one
 * @param importedBy the user name of the archivist who imported it; null from the command line
 * @param works how many works credit it, whatever their visibility
 * @param lastInvited when a claim invitation was last sent; null for never
 */
public record UnclaimedCreator(long id, String name, String claimEmail, String importedBy, long works,
    Instant lastInvited) {

  /** The byline's page, where its works are listed. */
  public String path() {
    return new Byline(name, Account.UNCLAIMED).pseudPath();
  }
}
