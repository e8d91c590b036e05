package dev.quire.ingest;

import dev.quire.ingest.WorkPublisher.ReadChapter;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.work.Chapter;
import dev.quire.work.Work;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Tells how a file from the address a work was first published at stands to that work — another
 * copy of it, a later version, or an earlier one — and brings the work up to a later version. The
 * work keeps its id (FanFicFare's update mode and anyone following the work rely on it).
 *
 * <p>A later version has more chapters, or states a later update than the work has. It adds its
 * new chapters; chapters whose title or text it changed are revised in place, keeping their ids;
 * a chapter it no longer has is kept, since readers may have it bookmarked. The title, summary and
 * notes it states replace the work's, its tags are added (its rating replaces the work's), and the
 * update date, planned chapters and stated stats follow it. Creators, suggestions and an editor's
 * decisions are left alone. The file's HTML is clean (a {@link Submission}'s is).
 */
final class WorkVersions {

  /** How a file stands to the work from its address. */
  enum Standing {
    /** The same chapters and, within 1 %, the same words: another download of the same version. */
    COPY,
    /** More chapters, or a later update. */
    LATER,
    /** Neither: an earlier version, or one that says nothing newer; the work stays as it is. */
    EARLIER
  }

  private WorkVersions() {}

  static Standing standing(Work work, Submission submission) {
    StoryDocument story = submission.story();
    int chapters = story.chapters().size();
    if (chapters > work.getChapterCount()) {
      return Standing.LATER;
    }
    Instant stated = WorkPublisher.statedUpdate(story);
    if (stated != null && stated.isAfter(work.getUpdatedAt())) {
      return Standing.LATER;
    }
    int words = submission.chapters().stream().mapToInt(read -> read.body().words()).sum();
    boolean sameWords = Math.abs(work.getWords() - words) <= work.getWords() / 100;
    return chapters == work.getChapterCount() && sameWords ? Standing.COPY : Standing.EARLIER;
  }

  /**
   * Brings {@code work} up to the submission's story, a later version of it, and says what
   * changed in {@code flags}. The title stored is the submission's, as the importer fitted it.
   *
   * @param tags finds or makes the tag an author's tag names
   */
  static void update(Work work, Submission submission, Function<AuthorTag, Tag> tags, List<String> flags) {
    StoryDocument story = submission.story();
    List<Integer> added = new ArrayList<>();
    List<Integer> revised = new ArrayList<>();
    int position = 1;
    for (ReadChapter read : submission.chapters()) {
      if (!work.hasChapterAt(position)) {
        WorkPublisher.addChapter(work, read, position);
        added.add(position);
      } else if (revise(work, position, read)) {
        revised.add(position);
      }
      position++;
    }
    if (story.title() != null) {
      work.setTitle(submission.title());
    }
    if (story.summary() != null) {
      work.setSummary(story.summary());
    }
    if (story.notes() != null) {
      work.setNotes(story.notes());
    }
    if (story.endNotes() != null) {
      work.setEndNotes(story.endNotes());
    }
    for (AuthorTag tag : story.tags()) {
      if (tag.kind() == TagKind.RATING) {
        work.setRatingTag(tags.apply(tag));
      } else {
        work.addTag(tags.apply(tag));
      }
    }
    flags.add("updated work " + work.getId() + " from a later version: "
        + changes("added", added) + ", " + changes("revised", revised));
  }

  /** Revises the chapter at {@code position} when the later version changed it. */
  private static boolean revise(Work work, int position, ReadChapter read) {
    StoryChapter later = read.chapter();
    Chapter stored = work.getChapters().stream()
        .filter(c -> c.getPosition() == position).findFirst().orElseThrow();
    boolean changed = !read.body().html().equals(stored.getBody()) || !Objects.equals(later.title(), stored.getTitle());
    if (changed) {
      stored = work.reviseChapter(position, later.title(), read.body());
    }
    stored.setSummary(later.summary());
    stored.setNotes(later.notes());
    stored.setEndNotes(later.endNotes());
    return changed;
  }

  private static String changes(String what, List<Integer> positions) {
    if (positions.isEmpty()) {
      return "no chapter " + what;
    }
    return (positions.size() == 1 ? "chapter " : "chapters ") + join(positions) + " " + what;
  }

  private static String join(List<Integer> positions) {
    return String.join(", ", positions.stream().map(String::valueOf).toList());
  }
}
