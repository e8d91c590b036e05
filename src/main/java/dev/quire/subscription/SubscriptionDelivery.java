package dev.quire.subscription;

import dev.quire.account.Account;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.mute.Boundaries;
import dev.quire.posting.ChapterPosted;
import dev.quire.posting.WorkPosted;
import dev.quire.search.InvalidSearchException;
import dev.quire.search.WorkHits;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.search.WorkSort;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkSummary;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings subscriptions their news as notices: when a posted work or chapter is committed, to those
 * who follow its creators, its series or (for a chapter) the work; and every few minutes, to those
 * who follow a saved search, the works newly posted that it finds. A notice goes only to an account
 * that may read the work and has not muted its creators, never to the work's own creators, and
 * once per account, work and chapter whatever brought it (a unique row, so two nodes delivering at
 * once make one). Thread-safe.
 */
@Component
class SubscriptionDelivery {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionDelivery.class);

  /** How many pages of newest works a saved search looks through per run. */
  private static final int SEARCH_PAGES = 5;

  private final JdbcTemplate jdbc;
  private final AccountRepository accounts;
  private final WorkCatalog catalog;
  private final Boundaries boundaries;
  private final WorkQuery query;
  private final NoticeMail mail;
  private final Clock clock;

  SubscriptionDelivery(JdbcTemplate jdbc, AccountRepository accounts, WorkCatalog catalog, Boundaries boundaries,
      WorkQuery query, NoticeMail mail, Clock clock) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.catalog = catalog;
    this.boundaries = boundaries;
    this.query = query;
    this.mail = mail;
    this.clock = clock;
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void workPosted(WorkPosted posted) {
    deliver(posted.workId(), 0, null, followers(posted.workId(), false));
  }

  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void chapterPosted(ChapterPosted posted) {
    deliver(posted.workId(), posted.chapterId(), posted.position(), followers(posted.workId(), true));
  }

  /** Account → the subscription that brings it the news of {@code workId}: its creators', series' and work's. */
  private Map<Long, Long> followers(long workId, boolean chapter) {
    Map<Long, Long> followers = new LinkedHashMap<>();
    String creators = "select c.account_id from work_creator wc join creator c on c.id = wc.creator_id"
        + " where wc.work_id = ?";
    jdbc.query("select s.id, s.account_id from subscription s where s.kind = 'CREATOR' and s.creator_id in ("
        + creators + ") union all select s.id, s.account_id from subscription s join series_work sw"
        + " on sw.series_id = s.series_id where s.kind = 'SERIES' and sw.work_id = ?"
        + (chapter ? " union all select s.id, s.account_id from subscription s where s.kind = 'WORK'"
            + " and s.work_id = ?" : "")
        + " order by 1",
        rs -> {
          followers.putIfAbsent(rs.getLong("account_id"), rs.getLong("id"));
        },
        chapter ? new Object[] {workId, workId, workId} : new Object[] {workId, workId});
    return followers;
  }

  private void deliver(long workId, long chapterId, Integer position, Map<Long, Long> followers) {
    if (followers.isEmpty()) {
      return;
    }
    Set<Long> creators = Set.copyOf(jdbc.queryForList("select c.account_id from work_creator wc"
        + " join creator c on c.id = wc.creator_id where wc.work_id = ?", Long.class, workId));
    for (Account account : accounts.findAllById(followers.keySet())) {
      if (creators.contains(account.getId()) || !reads(Viewer.of(account), workId, creators)) {
        continue;
      }
      notice(account, followers.get(account.getId()), workId, chapterId, position)
          .ifPresent(id -> mail.immediately(account, id));
    }
  }

  /** Whether {@code viewer} may read the work and has muted none of its creators. */
  private boolean reads(Viewer viewer, long workId, Set<Long> creators) {
    return catalog.summary(viewer, workId).isPresent()
        && boundaries.mutedBy(viewer).stream().noneMatch(creators::contains);
  }

  /** Adds a notice; its id, or empty when the account had one of this work and chapter already. */
  private Optional<Long> notice(Account account, long subscriptionId, long workId, long chapterId, Integer position) {
    try {
      int added = jdbc.update("insert into subscription_notice (account_id, subscription_id, work_id, chapter_id,"
          + " chapter_position, created_at) select ?, ?, ?, ?, ?, ? where not exists (select 1 from"
          + " subscription_notice where account_id = ? and work_id = ? and chapter_id = ?)",
          account.getId(), subscriptionId, workId, chapterId, position, Timestamp.from(clock.instant()),
          account.getId(), workId, chapterId);
      if (added == 0) {
        return Optional.empty();
      }
    } catch (DuplicateKeyException sameMoment) {
      return Optional.empty();
    }
    return jdbc.queryForList("select id from subscription_notice where account_id = ? and work_id = ?"
        + " and chapter_id = ?", Long.class, account.getId(), workId, chapterId).stream().findFirst();
  }

  /**
   * Runs every saved search as its account would, newest posted first, and brings it the works
   * posted since it was made that it had not found before: a work is news when it is newer than
   * the newest work of when the search was saved, or was first posted on a later day.
   *
   * @return how many notices were added
   */
  int runSearches() {
    record Saved(long id, long accountId, String query, long baseline, LocalDate since, Instant checked) {}
    List<Saved> searches = jdbc.query("select id, account_id, query, baseline_work_id, created_at, checked_at"
        + " from subscription where kind = 'SEARCH' order by checked_at, id",
        (rs, i) -> new Saved(rs.getLong("id"), rs.getLong("account_id"), rs.getString("query"),
            rs.getLong("baseline_work_id"), rs.getTimestamp("created_at").toInstant().atZone(ZoneOffset.UTC)
                .toLocalDate(), rs.getTimestamp("checked_at").toInstant()));
    int added = 0;
    for (Saved saved : searches) {
      Optional<Account> account = accounts.findById(saved.accountId());
      if (account.isEmpty()) {
        continue;
      }
      Instant now = clock.instant();
      // Works are dated by day: look back a day before the last run so a late index loses nothing.
      LocalDate cutoff = saved.checked().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
      try {
        added += runSearch(account.get(), saved.id(), saved.query(), saved.baseline(), saved.since(), cutoff);
      } catch (InvalidSearchException | IllegalStateException unreadable) {
        log.warn("Saved search {} could not run: {}", saved.id(), unreadable.getMessage());
      }
      jdbc.update("update subscription set checked_at = ? where id = ?", Timestamp.from(now), saved.id());
    }
    return added;
  }

  private int runSearch(Account account, long subscriptionId, String text, long baseline, LocalDate since,
      LocalDate cutoff) {
    Viewer viewer = Viewer.of(account);
    WorkSearch search = new WorkSearch(text, List.of(), List.of(), WorkSort.PUBLISHED, false, null, Set.of(), false);
    int added = 0;
    for (int page = 0; page < SEARCH_PAGES && search != null; page++) {
      WorkHits hits = query.search(viewer, search);
      for (WorkSummary work : hits.works()) {
        if (work.published().isBefore(cutoff)) {
          return added;
        }
        boolean news = work.id() > baseline || work.published().isAfter(since);
        if (news && !work.bylines().stream().anyMatch(b -> account.getUserName().equals(b.userName()))
            && notice(account, subscriptionId, work.id(), 0, null).map(id -> {
              mail.immediately(account, id);
              return id;
            }).isPresent()) {
          added++;
        }
      }
      search = hits.hasNext() ? search.after(hits.next()) : null;
    }
    return added;
  }
}
