package dev.quire.work;

/**
 * Where a work stands: posted, a draft, or taken down. Who may find and read a work of each is
 * {@link AccessPolicy}'s to say, for a given viewer; nothing else decides it.
 */
public enum Visibility {
  /** Posted: readers may find and read it (a restricted one only when logged in). */
  PUBLISHED,
  /** Not posted yet: only its creators (and admins) may open it; never listed. */
  DRAFT,
  /** Taken down by the archive's moderators (a takedown request, a duplicate): kept, never listed. */
  HIDDEN
}
