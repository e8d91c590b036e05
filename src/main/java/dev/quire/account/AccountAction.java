package dev.quire.account;

/** What a viewer may ask of accounts and of the archive's account settings; see {@link AccountPolicy}. */
public enum AccountAction {
  /** Change one's own password, delete one's own account. */
  MANAGE_OWN,
  /** Read the letters the archive kept because no mail server is set. */
  READ_OUTBOX,
  /** See the invitation queue and send invitations from it. */
  GRANT_INVITATIONS
}
