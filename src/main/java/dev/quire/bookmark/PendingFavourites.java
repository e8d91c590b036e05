package dev.quire.bookmark;

import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.claim.BylineClaimed;
import dev.quire.ingest.FavouritesImported;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An old archive's favourites, waiting on the unclaimed byline of the member who kept them
 * ({@code pending_favourite}), and becoming that member's bookmarks when they claim the byline:
 * both inside the transaction that brought them (the import's, the claim's). Each work waits once
 * per byline however often the archive is imported. At a claim each becomes a public bookmark
 * through {@link Bookmarks#keepFavourite}, so a work the claimant has bookmarked already keeps
 * their bookmark, and one they may not bookmark is passed over. Thread-safe.
 */
@Component
class PendingFavourites {

  private final JdbcTemplate jdbc;
  private final Bookmarks bookmarks;
  private final AccountRepository accounts;

  PendingFavourites(JdbcTemplate jdbc, Bookmarks bookmarks, AccountRepository accounts) {
    this.jdbc = jdbc;
    this.bookmarks = bookmarks;
    this.accounts = accounts;
  }

  private record Waiting(long workId, String notes) {}

  @EventListener
  void imported(FavouritesImported imported) {
    for (FavouritesImported.Favourite favourite : imported.favourites()) {
      Integer waiting = jdbc.queryForObject("select count(*) from pending_favourite where creator_id = ?"
          + " and work_id = ?", Integer.class, imported.creatorId(), favourite.workId());
      if (waiting == null || waiting == 0) {
        jdbc.update("insert into pending_favourite (creator_id, work_id, notes) values (?, ?, ?)",
            imported.creatorId(), favourite.workId(), favourite.notesHtml());
      }
    }
  }

  @EventListener
  void claimed(BylineClaimed claimed) {
    List<Waiting> waiting = jdbc.query("select work_id, notes from pending_favourite where creator_id = ?"
        + " order by work_id", (row, n) -> new Waiting(row.getLong("work_id"), row.getString("notes")),
        claimed.creatorId());
    if (waiting.isEmpty()) {
      return;
    }
    Viewer claimant = Viewer.of(accounts.findById(claimed.accountId()).orElseThrow());
    waiting.forEach(favourite -> bookmarks.keepFavourite(claimant, favourite.workId(), favourite.notes()));
    jdbc.update("delete from pending_favourite where creator_id = ?", claimed.creatorId());
  }
}
