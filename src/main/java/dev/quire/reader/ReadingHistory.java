package dev.quire.reader;

import dev.quire.account.AccountPolicy;
import dev.quire.account.Viewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reader's history (AO3's "History" and "Mark for Later"), by account and work id: the visits
 * the work pages note, the place the reading page saves, Mark for Later, pausing and clearing, and
 * the works a reader who chose so never sees listed again. Works are held by id only: whether the
 * reader may still read one, and its title, are for the caller to ask the access policy (this
 * package sits below {@code work}, which reads it). Guests have no history. Thread-safe.
 */
@Service
public class ReadingHistory {

  /**
   * How many of a reader's most recently read works at most leave their lists when they hide
   * works already read: one terms query of this many ids stays well under the index's limit.
   */
  public static final int MOST_HIDDEN = 5_000;

  private static final String COLUMNS =
      "select work_id, last_visited_at, visits, chapter_position, paragraph, marked_for_later from reading";

  private final ReadingLedger ledger;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AccountPolicy accountPolicy;

  ReadingHistory(ReadingLedger ledger, JdbcTemplate jdbc, Clock clock, AccountPolicy accountPolicy) {
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.clock = clock;
    this.accountPolicy = accountPolicy;
  }

  /**
   * Notes that {@code viewer} opened a page of {@code workId}: a chapter's ({@code chapter}, its
   * position) or the work's own ({@code null}, which keeps the chapter reached). Stored a few
   * seconds later, unless their history is paused then; nothing for a guest or a suspended account.
   */
  public void visited(Viewer viewer, long workId, Integer chapter) {
    if (!viewer.isGuest() && viewer.mayWrite()) {
      ledger.visit(viewer.accountId(), workId, chapter);
    }
  }

  /** {@code viewer}'s reading of {@code workId}, if it is in their history. */
  @Transactional(readOnly = true)
  public Optional<Reading> of(Viewer viewer, long workId) {
    if (viewer.isGuest()) {
      return Optional.empty();
    }
    return jdbc.query(COLUMNS + " where account_id = ? and work_id = ?", ReadingHistory::reading,
        viewer.accountId(), workId).stream().findFirst();
  }

  /**
   * A page of {@code viewer}'s history, the most recently visited first, the works marked for
   * later only when {@code laterOnly}; includes the visits this node noted a moment ago.
   *
   * @param page from 0
   */
  public List<Reading> page(Viewer viewer, boolean laterOnly, int page, int size) {
    ledger.flush();
    return jdbc.query(COLUMNS + " where account_id = ?" + (laterOnly ? " and marked_for_later = true" : "")
        + " order by last_visited_at desc, work_id desc offset ? rows fetch next ? rows only",
        ReadingHistory::reading, viewer.accountId(), (long) page * size, size);
  }

  /** How many works {@link #page} pages through. */
  @Transactional(readOnly = true)
  public long count(Viewer viewer, boolean laterOnly) {
    Long count = jdbc.queryForObject("select count(*) from reading where account_id = ?"
        + (laterOnly ? " and marked_for_later = true" : ""), Long.class, viewer.accountId());
    return count == null ? 0 : count;
  }

  /**
   * Saves {@code viewer}'s place in {@code workId}: the chapter at {@code chapter} (its position),
   * at its paragraph {@code paragraph}. Nothing while their history is paused. The caller has
   * checked that the reader may read the work and that it has the chapter.
   *
   * @throws dev.quire.account.SuspendedAccountException for a suspended account (403)
   * @throws ReadingRefusedException for a place before the start (422)
   */
  @Transactional
  public void savePlace(Viewer viewer, long workId, int chapter, int paragraph) {
    accountPolicy.checkMayWrite(viewer);
    if (chapter < 1 || paragraph < 0) {
      throw new ReadingRefusedException(HttpStatus.UNPROCESSABLE_CONTENT,
          "A place is a chapter from 1 and a paragraph from 0.");
    }
    if (preferences(viewer).paused()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    if (jdbc.update("update reading set chapter_position = ?, paragraph = ?, last_visited_at = ?"
        + " where account_id = ? and work_id = ?", chapter, paragraph, now, viewer.accountId(), workId) == 0) {
      jdbc.update("insert into reading (account_id, work_id, last_visited_at, chapter_position, paragraph)"
          + " values (?, ?, ?, ?, ?)", viewer.accountId(), workId, now, chapter, paragraph);
    }
  }

  /**
   * Marks {@code workId} for later in {@code viewer}'s history (AO3's "Mark for Later"), or clears
   * the mark ("Mark as Read"). A work marked for later and never opened is in the history with no
   * visits. The caller has checked that the reader may read the work.
   *
   * @return whether the mark changed
   * @throws dev.quire.account.SuspendedAccountException for a suspended account (403)
   */
  @Transactional
  public boolean markForLater(Viewer viewer, long workId, boolean later) {
    accountPolicy.checkMayWrite(viewer);
    if (jdbc.update("update reading set marked_for_later = ? where account_id = ? and work_id = ?"
        + " and marked_for_later <> ?", later, viewer.accountId(), workId, later) > 0) {
      return true;
    }
    if (!later || of(viewer, workId).isPresent()) {
      return false;
    }
    jdbc.update("insert into reading (account_id, work_id, last_visited_at, marked_for_later) values (?, ?, ?, true)",
        viewer.accountId(), workId, Timestamp.from(clock.instant()));
    return true;
  }

  /** Takes {@code workId} out of {@code viewer}'s history; whether it was there. */
  @Transactional
  public boolean forget(Viewer viewer, long workId) {
    accountPolicy.checkMayWrite(viewer);
    ledger.flush();
    return jdbc.update("delete from reading where account_id = ? and work_id = ?", viewer.accountId(), workId) > 0;
  }

  /** Empties {@code viewer}'s history, works marked for later too; how many works it held. */
  @Transactional
  public int clear(Viewer viewer) {
    accountPolicy.checkMayWrite(viewer);
    ledger.forget(viewer.accountId());
    return jdbc.update("delete from reading where account_id = ?", viewer.accountId());
  }

  /** {@code viewer}'s choices about their history; the defaults for a guest. */
  @Transactional(readOnly = true)
  public ReadingPreferences preferences(Viewer viewer) {
    if (viewer.isGuest()) {
      return ReadingPreferences.DEFAULT;
    }
    return jdbc.query("select history_paused, hide_read from reading_preference where account_id = ?",
        (row, n) -> new ReadingPreferences(row.getBoolean(1), row.getBoolean(2)), viewer.accountId())
        .stream().findFirst().orElse(ReadingPreferences.DEFAULT);
  }

  /**
   * Stores {@code viewer}'s choices. Visits noted before a pause are stored first, so that pausing
   * keeps what was read until then and nothing after.
   *
   * @throws dev.quire.account.SuspendedAccountException for a suspended account (403)
   */
  @Transactional
  public void choose(Viewer viewer, ReadingPreferences chosen) {
    accountPolicy.checkMayWrite(viewer);
    if (chosen.paused()) {
      ledger.flush();
    }
    if (jdbc.update("update reading_preference set history_paused = ?, hide_read = ? where account_id = ?",
        chosen.paused(), chosen.hideRead(), viewer.accountId()) == 0) {
      jdbc.update("insert into reading_preference (account_id, history_paused, hide_read) values (?, ?, ?)",
          viewer.accountId(), chosen.paused(), chosen.hideRead());
    }
  }

  /**
   * The works to leave out of {@code viewer}'s lists: when they chose to hide works already read,
   * the {@link #MOST_HIDDEN} they opened most recently (a work only marked for later is not read);
   * otherwise, and for a guest, none. One query.
   */
  @Transactional(readOnly = true)
  public Set<Long> hiddenFrom(Viewer viewer) {
    if (viewer.isGuest()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.queryForList("select r.work_id from reading r join reading_preference p"
        + " on p.account_id = r.account_id and p.hide_read = true where r.account_id = ? and r.visits > 0"
        + " order by r.last_visited_at desc fetch first " + MOST_HIDDEN + " rows only", Long.class, viewer.accountId()));
  }

  private static Reading reading(ResultSet row, int n) throws SQLException {
    return new Reading(row.getLong(1), row.getTimestamp(2).toInstant(), row.getInt(3), row.getInt(4), row.getInt(5),
        row.getBoolean(6));
  }
}
