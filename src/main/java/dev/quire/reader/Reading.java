package dev.quire.reader;

import java.time.Instant;

/**
 * One work in a reader's history.
 *
 * @param workId the work's id; the work may have become one the reader may no longer read, which
 *     is for whoever shows the reading to ask
 * @param lastVisited when the reader last opened it (or marked it for later)
 * @param visits how many times they opened its pages; 0 for a work only marked for later
 * @param chapter the position (1..n) of the chapter they reached
 * @param paragraph their place in that chapter: the index (from 0) of the paragraph they were at
 * @param markedForLater whether they marked it for later (AO3's "Mark for Later")
 */
public record Reading(long workId, Instant lastVisited, int visits, int chapter, int paragraph, boolean markedForLater) {

  /** Whether the reader opened the work at all, rather than only marking it for later. */
  public boolean visited() {
    return visits > 0;
  }
}
