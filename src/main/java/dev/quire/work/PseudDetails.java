package dev.quire.work;

/**
 * A pseud as its pages show it, detached.
 *
 * @param userName the holding account's user name
 * @param isDefault whether it is the account's default pseud, named like it and never deleted
 * @param description plain text, or null
 * @param iconAlt plain text, or null
 * @param heldBySystem whether {@code unclaimed} or {@code orphan_account} holds it: nobody edits it
 */
public record PseudDetails(long id, String name, String userName, boolean isDefault, String description,
    String iconAlt, boolean heldBySystem) {

  static PseudDetails of(Creator creator) {
    return new PseudDetails(creator.getId(), creator.getName(), creator.getUserName(), creator.isDefault(),
        creator.getDescription(), creator.getIconAlt(), creator.getAccount().isSystemAccount());
  }

  /** Where its page is, as bylines link it. */
  public String path() {
    return new WorkSummary.Byline(name, userName).pseudPath();
  }
}
