package dev.quire.work;

/** What a viewer may want to do to a work; the access policy says who may. */
public enum WorkAction {
  /** Open its pages, download it. */
  READ,
  /** Change its text, tags, chapters, series, visibility; post a draft. */
  EDIT,
  /** Delete it for good. */
  DELETE,
  /** Give up the credit (AO3's orphaning). */
  ORPHAN,
  /** Accept, rename or reject its tag suggestions. */
  DECIDE_SUGGESTIONS,
  /** Hide it from everyone or show it again (a takedown). */
  MODERATE,
  /** Leave kudos: anyone who reads it once posted, guests too, but none of its creators. */
  LEAVE_KUDOS,
  /** Bookmark it: every account that may write, once it is posted and they read it. */
  BOOKMARK
}
