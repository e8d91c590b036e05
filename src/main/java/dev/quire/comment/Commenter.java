package dev.quire.comment;

/**
 * Who leaves a comment: an account, or a guest with a name and an email address.
 *
 * @param accountId the account, or null for a guest
 * @param guestName a guest's name as shown with the comment, or null
 * @param guestEmail a guest's address, for replies' notices only, or null
 */
record Commenter(Long accountId, String guestName, String guestEmail) {

  static Commenter account(long accountId) {
    return new Commenter(accountId, null, null);
  }

  static Commenter guest(String name, String email) {
    return new Commenter(null, name, email);
  }
}
