package dev.quire.work;

import dev.quire.platform.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A fingerprint of what a work's index document is made from: the work's own columns, the ids of
 * its tags and the ids of its creators. The index keeps the fingerprint it was written with (the
 * {@code revision} field), and a check of the index ({@code quire fsck}) computes it again from the
 * database, cheaply: from the work's row and its two link tables, never from chapter text. Any
 * edit through Quire changes it, because every edit either changes a column (an edited chapter
 * touches {@code updatedAt} and may change the words) or a link; a visibility change, a tag
 * decision or a moved pseud does too, although none of them touches {@code updatedAt}, which is why
 * that alone would not do. A chapter's text changed by hand in the database, with nothing else, is
 * not seen.
 *
 * <p>The same columns are read in the same order from an entity ({@link #of(Work)}) and from a
 * query ({@link #COLUMNS}, {@link #of(Object[], Collection, Collection)}). Pure and thread-safe.
 */
public final class WorkRevision {

  /**
   * The columns of a revision, as a JPQL select list over {@code w}, in the order {@link
   * #of(Object[], Collection, Collection)} reads them.
   */
  public static final String COLUMNS = "w.title, w.summary, w.notes, w.endNotes, w.language, w.words, w.chapterCount,"
      + " w.chaptersExpected, w.published, w.updatedAt, w.kudos, w.hits, w.comments, w.bookmarks, w.visibility,"
      + " w.restricted, w.sourceKudos, w.sourceHits, w.sourceComments, w.sourceBookmarks";

  private WorkRevision() {}

  /** The revision of {@code work} as it is in memory, which is what its index document is written from. */
  static long of(Work work) {
    var stats = work.getStats();
    var source = work.getSourceStats();
    Object[] columns = {
      work.getTitle(), work.getSummary(), work.getNotes(), work.getEndNotes(), work.getLanguage(), work.getWords(),
      work.getChapterCount(), work.getChaptersExpected(), work.getPublished(), work.getUpdatedAt(), stats.kudos(),
      stats.hits(), stats.comments(), stats.bookmarks(), work.getVisibility(), work.isRestricted(), source.kudos(), source.hits(),
      source.comments(), source.bookmarks()
    };
    return of(columns, work.getTags().stream().map(tag -> tag.getId()).toList(),
        work.getCreators().stream().map(Creator::getId).toList());
  }

  /**
   * The revision of a work read from the database.
   *
   * @param columns the values of {@link #COLUMNS}, in that order
   * @param tagIds the ids of the work's tags, in any order
   * @param creatorIds the ids of the work's creators, in any order
   */
  public static long of(Object[] columns, Collection<Long> tagIds, Collection<Long> creatorIds) {
    MessageDigest digest = Sha256.digest();
    for (Object column : columns) {
      digest.update(text(column).getBytes(StandardCharsets.UTF_8));
      // A separator no text holds, so that ("ab", "c") and ("a", "bc") differ.
      digest.update((byte) 0);
    }
    ids(digest, tagIds);
    ids(digest, creatorIds);
    return ByteBuffer.wrap(digest.digest()).getLong();
  }

  private static String text(Object column) {
    return switch (column) {
      case null -> "\u0001";
      // The database keeps microseconds (see Work#touch); LocalDate, numbers, enums and text print exactly.
      case Instant instant -> instant.getEpochSecond() + "." + instant.getNano() / 1000;
      case LocalDate date -> date.toString();
      default -> column.toString();
    };
  }

  private static void ids(MessageDigest digest, Collection<Long> ids) {
    List<Long> sorted = ids.stream().sorted().toList();
    ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES * (sorted.size() + 1)).putLong(sorted.size());
    sorted.forEach(buffer::putLong);
    digest.update(buffer.array());
  }
}
