package dev.quire.account;

/** What a viewer may ask of accounts and of the archive's account settings; see {@link AccountPolicy}. */
public enum AccountAction {
  /** Change one's own password, delete one's own account. */
  MANAGE_OWN,
  /** Read the letters the archive kept because no mail server is set. */
  READ_OUTBOX,
  /** See the invitation queue and send invitations from it. */
  GRANT_INVITATIONS,
  /** Find accounts by user name and see their roles and whether they are suspended. */
  FIND_ACCOUNTS,
  /** Suspend an account, or lift its suspension. */
  SUSPEND,
  /** Grant roles and take them back. */
  CHANGE_ROLES,
  /** Change the archive's settings: sign-up, the queue's daily invitations, its name, the adult gate. */
  CHANGE_SETTINGS,
  /** Read the archive's health details and metrics from anywhere (its own machine always may). */
  READ_METRICS
}
