package dev.quire.account;

/**
 * Published inside the transaction that deletes an account, before its row goes: whoever keeps
 * something of the account's removes it or hands it on in that transaction. The works package
 * orphans or deletes the account's works and removes its pseuds, as {@link #works} says.
 *
 * @param accountId the account being deleted
 * @param works what becomes of its works
 */
public record AccountClosing(long accountId, WorksChoice works) {

  /** What a person deleting their account chose for their works (AO3 offers the same). */
  public enum WorksChoice {
    /** Credit moves to {@code orphan_account}, under the pseuds' own names. */
    ORPHAN_KEEPING_PSEUDS,
    /** Credit moves to {@code orphan_account}'s pseud named {@code orphan_account}. */
    ORPHAN_AS_ORPHAN_ACCOUNT,
    /** The works are deleted with the account (a co-created work stays, without this credit). */
    DELETE
  }
}
