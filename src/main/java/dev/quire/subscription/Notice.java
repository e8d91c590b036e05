package dev.quire.subscription;

import dev.quire.work.WorkSummary;
import java.time.Instant;

/**
 * A notice in an account's inbox: a work is new to it, or a chapter of it.
 *
 * @param chapterId the new chapter's id, or 0 when the whole work is new
 * @param chapterPosition the new chapter's number, or {@code null} when the whole work is new
 * @param work the work as the account may read it now
 * @param seen whether the account marked it read
 */
public record Notice(long id, long chapterId, Integer chapterPosition, WorkSummary work, Instant at, boolean seen) {

  /** Whether the notice is of a new chapter rather than a new work. */
  public boolean isChapter() {
    return chapterId != 0;
  }

  /** The page the notice leads to: the new chapter, or the work. */
  public String path() {
    return isChapter() ? "/works/" + work.id() + "/chapters/" + chapterId : "/works/" + work.id();
  }

  /** What it says, in a line: {@code New chapter 3 of "Title" by A} or {@code New work: "Title" by A}. */
  public String headline() {
    return (isChapter() ? "New chapter " + chapterPosition + " of \"" : "New work: \"") + work.title() + "\" by "
        + work.byline();
  }
}
