package dev.quire.bookmark;

import dev.quire.account.Account;
import dev.quire.account.AccountClosing;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.stats.CountsChanged;
import dev.quire.stats.Tally.Counted;
import dev.quire.tag.TagKind;
import dev.quire.work.Work;
import dev.quire.work.SeriesDetails;
import dev.quire.work.WorkAction;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkNotFoundException;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Readers' bookmarks of works, as AO3 keeps them: one per account and work (bookmarking it again
 * edits it), with notes, the reader's own tags, and a rec and a private flag. Who may bookmark a
 * work is the access policy's ({@link WorkAction#BOOKMARK}); a bookmark is changed and deleted by
 * its owner alone. A list shows a private bookmark only to its owner and never a work the viewer
 * may not read; a bookmark whose work was deleted keeps its title and notes. A change publishes
 * {@link CountsChanged} for its work, counted in its transaction ({@link BookmarkTally} counts the public ones),
 * and so does closing an account, whose bookmarks go with it. Thread-safe.
 */
@Component
public class Bookmarks {

  private final BookmarkRepository bookmarks;
  private final WorkCatalog catalog;
  private final AccountRepository accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Bookmarks(BookmarkRepository bookmarks, WorkCatalog catalog,
      AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
    this.bookmarks = bookmarks;
    this.catalog = catalog;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
  }

  /** The bookmark form of a work: its title, and the viewer's bookmark of it when they have one. */
  public record Draft(long workId, String workTitle, Long bookmarkId, BookmarkForm form, boolean ofSeries) {

    /** The page of what is bookmarked. */
    public String path() {
      return (ofSeries ? "/series/" : "/works/") + workId;
    }
  }

  /** A bookmark kept: its id, its work, and whether it is new (else an edit of the one the reader had). */
  public record Saved(long id, long workId, boolean created) {}

  /** Which of a user's bookmarks to list: with one of their tags, recs only, of one fandom (null: any). */
  public record Filter(String tag, boolean recsOnly, String fandom) {
    public static final Filter ALL = new Filter(null, false, null);
  }

  /** Bookmarks a page of a user's bookmarks shows. */
  public static final int PAGE_SIZE = 20;

  /**
   * One page of a user's bookmarks as a viewer sees them, and whether the viewer is that user.
   *
   * @param page 1-based
   * @param pages at least 1
   * @param total the bookmarks the viewer sees, on every page
   */
  public record UserBookmarks(String userName, boolean own, List<ShownBookmark> bookmarks, int page, int pages,
      long total) {}

  /**
   * The viewer's form for bookmarking a work: blank, or their bookmark of it to edit.
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws AccessDeniedException when the viewer may not bookmark it (a guest, a suspended account, a draft)
   */
  @Transactional(readOnly = true)
  public Draft draft(Viewer viewer, long workId) {
    Work work = bookmarkable(viewer, workId);
    return bookmarks.findByAccountIdAndWorkId(viewer.accountId(), workId)
        .map(b -> new Draft(workId, work.getTitle(), b.getId(),
            new BookmarkForm(b.getNotes(), b.getTags(), b.isRec(), b.isPrivate()), false))
        .orElseGet(() -> new Draft(workId, work.getTitle(), null, new BookmarkForm(null, List.of(), false, false),
            false));
  }

  /**
   * Bookmarks a work, or changes the viewer's bookmark of it when they have one.
   *
   * @throws WorkNotFoundException when the viewer may not read the work
   * @throws AccessDeniedException when the viewer may not bookmark it
   * @throws InvalidBookmarkException when the notes or tags are too long
   */
  @Transactional
  public Saved save(Viewer viewer, long workId, BookmarkForm form) {
    Work work = bookmarkable(viewer, workId);
    BookmarkForm.Checked checked = form.check();
    Optional<Bookmark> had = bookmarks.findByAccountIdAndWorkId(viewer.accountId(), workId);
    Bookmark bookmark = had.orElseGet(() -> new Bookmark(viewer.accountId(), workId, work.getTitle(), clock.instant()));
    bookmark.write(checked, work.getTitle(), clock.instant());
    bookmark = bookmarks.saveAndFlush(bookmark);
    events.publishEvent(new CountsChanged(workId, Counted.BOOKMARKS));
    return new Saved(bookmark.getId(), workId, had.isEmpty());
  }

  /**
   * Bookmarks a work the viewer kept among their favourites elsewhere (an old archive's), with
   * what they wrote beside it as notes (dropped when longer than a bookmark's notes may be). A
   * work the viewer has bookmarked already keeps their bookmark; one they may not bookmark is
   * passed over. Never throws for either, so that it can run inside a larger change (a claim).
   *
   * @return whether a bookmark was made
   */
  @Transactional
  public boolean keepFavourite(Viewer viewer, long workId, String notesHtml) {
    Optional<Work> work = catalog.mayActOn(viewer, WorkAction.BOOKMARK, workId);
    if (work.isEmpty() || bookmarks.findByAccountIdAndWorkId(viewer.accountId(), workId).isPresent()) {
      return false;
    }
    String notes = notesHtml != null && notesHtml.strip().length() <= BookmarkForm.MAX_NOTES ? notesHtml : null;
    Bookmark bookmark = new Bookmark(viewer.accountId(), workId, work.get().getTitle(), clock.instant());
    bookmark.write(new BookmarkForm(notes, List.of(), false, false).check(), work.get().getTitle(), clock.instant());
    bookmarks.saveAndFlush(bookmark);
    events.publishEvent(new CountsChanged(workId, Counted.BOOKMARKS));
    return true;
  }

  /**
   * The viewer's form for bookmarking a series: blank, or their bookmark of it to edit.
   *
   * @throws ResponseStatusException (404) when the viewer may read none of the series' works
   * @throws AccessDeniedException when the viewer may not bookmark (a guest, a suspended account)
   */
  @Transactional(readOnly = true)
  public Draft draftSeries(Viewer viewer, long seriesId) {
    SeriesDetails series = bookmarkableSeries(viewer, seriesId);
    return bookmarks.findByAccountIdAndSeriesId(viewer.accountId(), seriesId)
        .map(b -> new Draft(seriesId, series.title(), b.getId(),
            new BookmarkForm(b.getNotes(), b.getTags(), b.isRec(), b.isPrivate()), true))
        .orElseGet(() -> new Draft(seriesId, series.title(), null, new BookmarkForm(null, List.of(), false, false),
            true));
  }

  /**
   * Bookmarks a series, or changes the viewer's bookmark of it when they have one.
   *
   * @throws ResponseStatusException (404) when the viewer may read none of the series' works
   * @throws AccessDeniedException when the viewer may not bookmark
   * @throws InvalidBookmarkException when the notes or tags are too long
   */
  @Transactional
  public Saved saveSeries(Viewer viewer, long seriesId, BookmarkForm form) {
    SeriesDetails series = bookmarkableSeries(viewer, seriesId);
    BookmarkForm.Checked checked = form.check();
    Optional<Bookmark> had = bookmarks.findByAccountIdAndSeriesId(viewer.accountId(), seriesId);
    Bookmark bookmark = had.orElseGet(() -> Bookmark.ofSeries(viewer.accountId(), seriesId, series.title(),
        clock.instant()));
    bookmark.write(checked, series.title(), clock.instant());
    bookmark = bookmarks.saveAndFlush(bookmark);
    return new Saved(bookmark.getId(), seriesId, had.isEmpty());
  }

  /**
   * Deletes one of the viewer's bookmarks.
   *
   * @throws BookmarkNotFoundException when there is no such bookmark the viewer may see
   * @throws AccessDeniedException when it is someone else's
   */
  @Transactional
  public void delete(Viewer viewer, long bookmarkId) {
    Bookmark bookmark = bookmarks.findById(bookmarkId).filter(b -> !b.isPrivate() || isOwner(viewer, b))
        .orElseThrow(() -> new BookmarkNotFoundException(bookmarkId));
    if (!isOwner(viewer, bookmark) || !viewer.mayWrite()) {
      throw new AccessDeniedException("Only its owner deletes a bookmark.");
    }
    bookmarks.delete(bookmark);
    if (bookmark.getWorkId() != null) {
      events.publishEvent(new CountsChanged(bookmark.getWorkId(), Counted.BOOKMARKS));
    }
  }

  /**
   * Page {@code page} of a user's bookmarks as {@code viewer} sees them, newest first: their private
   * ones only to themselves, none of a work the viewer may not read or whose creator the viewer
   * muted (on another reader's list: one's own list shows all one bookmarked), those of deleted
   * works with their notes. A page past the last shows the last.
   *
   * @return empty when there is no such user
   */
  @Transactional(readOnly = true)
  public Optional<UserBookmarks> ofUser(Viewer viewer, String userName, Filter filter, int page) {
    Optional<Account> account = accounts.findByUserName(userName);
    if (account.isEmpty() || account.get().isSystemAccount()) {
      return Optional.empty();
    }
    boolean own = Objects.equals(account.get().getId(), viewer.accountId());
    List<ShownBookmark> shown = shown(viewer, account.get(), own).stream().filter(b -> matches(b, filter)).toList();
    int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int at = Math.min(Math.max(page, 1), pages);
    return Optional.of(new UserBookmarks(account.get().getUserName(), own,
        shown.subList((at - 1) * PAGE_SIZE, Math.min(shown.size(), at * PAGE_SIZE)), at, pages, shown.size()));
  }

  /** The viewer's own bookmark {@code bookmarkId} as their list shows it. */
  @Transactional(readOnly = true)
  public Optional<ShownBookmark> own(Viewer viewer, long bookmarkId) {
    return viewer.isGuest() ? Optional.empty() : accounts.findById(viewer.accountId())
        .flatMap(account -> shown(viewer, account, true).stream().filter(b -> b.id() == bookmarkId).findFirst());
  }

  private List<ShownBookmark> shown(Viewer viewer, Account account, boolean own) {
    List<Bookmark> all = bookmarks.findOfAccount(account.getId(), own);
    List<Long> workIds = all.stream().map(Bookmark::getWorkId).filter(Objects::nonNull).toList();
    Map<Long, WorkSummary> readable = own
        ? catalog.listed(viewer, workIds).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().summary()))
        : catalog.browsed(viewer, workIds);
    List<ShownBookmark> shown = new ArrayList<>();
    for (Bookmark b : all) {
      if (b.getSeriesId() != null) {
        catalog.series(viewer, b.getSeriesId())
            .filter(series -> own || browsable(viewer, series))
            .ifPresent(series -> shown.add(ShownBookmark.of(b, null, series, own)));
      } else if (b.getWorkId() == null || readable.containsKey(b.getWorkId())) {
        shown.add(ShownBookmark.of(b, b.getWorkId() == null ? null : readable.get(b.getWorkId()), null, own));
      }
    }
    return shown;
  }

  /** Whether a series has a work the viewer browses: one they may read, by someone they did not mute. */
  private boolean browsable(Viewer viewer, SeriesDetails series) {
    return !catalog.browsed(viewer, series.works().stream().map(WorkDetails::id).toList()).isEmpty();
  }

  private SeriesDetails bookmarkableSeries(Viewer viewer, long seriesId) {
    if (!viewer.mayWrite()) {
      throw new AccessDeniedException("Log in with an account that may write to bookmark.");
    }
    return catalog.series(viewer, seriesId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "There is no series " + seriesId + " you may read."));
  }

  /**
   * A closed account's bookmarks go with it (as on AO3), inside the closing transaction, and the
   * works they were of are counted again in it, in the order of their ids.
   */
  @EventListener
  void closing(AccountClosing closing) {
    List<Bookmark> owned = bookmarks.findOfAccount(closing.accountId(), true);
    bookmarks.deleteAll(owned);
    bookmarks.flush();
    owned.stream().map(Bookmark::getWorkId).filter(Objects::nonNull).distinct()
        .sorted().forEach(workId -> events.publishEvent(new CountsChanged(workId, Counted.BOOKMARKS)));
  }

  private static boolean matches(ShownBookmark bookmark, Filter filter) {
    if (filter.recsOnly() && !bookmark.rec()) {
      return false;
    }
    if (filter.tag() != null && !filter.tag().isBlank()
        && bookmark.tags().stream().noneMatch(t -> t.equalsIgnoreCase(filter.tag().strip()))) {
      return false;
    }
    if (filter.fandom() != null && !filter.fandom().isBlank()) {
      String fandom = filter.fandom().strip().toLowerCase(Locale.ROOT);
      return bookmark.work() != null && bookmark.work().tagsOf(TagKind.FANDOM).stream()
          .anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(fandom));
    }
    return true;
  }

  private Work bookmarkable(Viewer viewer, long workId) {
    return catalog.actedOn(viewer, WorkAction.BOOKMARK, workId);
  }

  private static boolean isOwner(Viewer viewer, Bookmark bookmark) {
    return viewer.accountId() != null && viewer.accountId() == bookmark.getAccountId();
  }
}
