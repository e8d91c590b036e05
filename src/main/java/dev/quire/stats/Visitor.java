package dev.quire.stats;

/**
 * Who gave a kudos or a hit: an account, or a guest known only by the salted hash of the address
 * the request came from ({@link VisitorAddresses}), never the address itself. Exactly one is set.
 *
 * @param accountId the account, or {@code null} for a guest
 * @param addressHash the guest's hashed address (64 hex digits), or {@code null} for an account
 */
public record Visitor(Long accountId, String addressHash) {

  public Visitor {
    if ((accountId == null) == (addressHash == null)) {
      throw new IllegalArgumentException("a visitor is an account or a guest's address, one of them");
    }
  }

  public boolean isGuest() {
    return accountId == null;
  }

  /** The visitor as one key, for the hits' dedup table: {@code a:12} or {@code g:<hash>}. */
  String key() {
    return isGuest() ? "g:" + addressHash : "a:" + accountId;
  }
}
