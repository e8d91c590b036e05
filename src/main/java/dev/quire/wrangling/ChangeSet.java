package dev.quire.wrangling;

import dev.quire.account.Viewer;
import java.util.UUID;

/**
 * One wrangler's action as the audit trail groups it: every row it writes, on one tag or many,
 * carries its id, and undo takes the whole set back.
 *
 * @param viewer who acts
 * @param id the set's id, unique without asking the database
 * @param undoes the id of the set this one takes back, or {@code null}
 */
record ChangeSet(Viewer viewer, String id, String undoes) {

  /** A new set of changes by {@code viewer}. */
  static ChangeSet by(Viewer viewer) {
    return new ChangeSet(viewer, UUID.randomUUID().toString(), null);
  }

  /** A new set of changes by {@code viewer} that takes back the set {@code undone}. */
  static ChangeSet undoing(Viewer viewer, String undone) {
    return new ChangeSet(viewer, UUID.randomUUID().toString(), undone);
  }
}
