package dev.quire.subscription;

import dev.quire.account.Account;
import dev.quire.account.AccountPolicy;
import dev.quire.account.AccountRepository;
import dev.quire.account.Viewer;
import dev.quire.search.InvalidSearchException;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkCatalog.ListedWork;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * An account's subscriptions: made by the account itself (a button on a work, series or user page,
 * the search page's "Subscribe to this search", the API), listed and undone by it. A work or series
 * is followed only if the account may read it; a search only if it can be read. Kept in the
 * database, so every node of a cluster delivers the same ones. Thread-safe.
 */
@Service
public class Subscriptions {

  /** The most subscriptions an account keeps. */
  public static final int LIMIT = 2_000;
  /** The most saved searches an account follows: each is run every few minutes. */
  public static final int SEARCH_LIMIT = 50;
  /** The longest query a saved search keeps, in characters. */
  public static final int QUERY_LENGTH = 500;

  private final JdbcTemplate jdbc;
  private final WorkCatalog catalog;
  private final AccountRepository accounts;
  private final WorkQuery query;
  private final Clock clock;
  private final AccountPolicy accountPolicy;

  Subscriptions(JdbcTemplate jdbc, WorkCatalog catalog, AccountRepository accounts, WorkQuery query, Clock clock,
      AccountPolicy accountPolicy) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.accounts = accounts;
    this.query = query;
    this.clock = clock;
    this.accountPolicy = accountPolicy;
  }

  /**
   * Subscribes {@code viewer} to {@code target}.
   *
   * @throws SubscriptionRefusedException when the target names not exactly one thing, there is no
   *     such work, series or person the viewer may follow, it is the viewer, the search cannot be
   *     read, or the viewer reached a limit
   */
  @Transactional
  public Subscribed subscribe(Viewer viewer, SubscriptionTarget target) {
    writer(viewer);
    if (target.named() != 1) {
      throw new SubscriptionRefusedException(HttpStatus.BAD_REQUEST,
          "Name exactly one of a work (workId), a user (user), a series (seriesId) and a search (query) to subscribe to.");
    }
    SubscriptionKind kind = target.kind();
    Object value = switch (kind) {
      case WORK -> {
        catalog.summary(viewer, target.workId()).orElseThrow(() -> new SubscriptionRefusedException(
            HttpStatus.NOT_FOUND, "There is no work " + target.workId() + " you may read."));
        yield target.workId();
      }
      case SERIES -> {
        catalog.series(viewer, target.seriesId()).orElseThrow(() -> new SubscriptionRefusedException(
            HttpStatus.NOT_FOUND, "There is no series " + target.seriesId() + " you may read."));
        yield target.seriesId();
      }
      case CREATOR -> person(viewer, target.user()).getId();
      case SEARCH -> readable(viewer, target.query());
    };
    Optional<Long> held = held(viewer.accountId(), kind, value);
    if (held.isPresent()) {
      return new Subscribed(held.get(), kind, false);
    }
    refuseBeyondLimits(viewer.accountId(), kind);
    Instant now = clock.instant();
    long baseline = kind == SubscriptionKind.SEARCH
        ? jdbc.queryForObject("select coalesce(max(id), 0) from work", Long.class) : 0L;
    try {
      jdbc.update("insert into subscription (account_id, kind, " + column(kind)
          + ", baseline_work_id, checked_at, created_at) values (?, ?, ?, ?, ?, ?)",
          viewer.accountId(), kind.name(), value, baseline, Timestamp.from(now), Timestamp.from(now));
    } catch (DuplicateKeyException twice) {
      // The same reader's second request of the same moment: the first made it.
      return new Subscribed(held(viewer.accountId(), kind, value).orElseThrow(), kind, false);
    }
    return new Subscribed(held(viewer.accountId(), kind, value).orElseThrow(), kind, true);
  }

  /** The subscription of {@code viewer} to {@code target}, if it has one; never for a guest. */
  @Transactional(readOnly = true)
  public Optional<Long> find(Viewer viewer, SubscriptionTarget target) {
    if (viewer.isGuest() || target.named() != 1) {
      return Optional.empty();
    }
    SubscriptionKind kind = target.kind();
    Object value = switch (kind) {
      case WORK -> target.workId();
      case SERIES -> target.seriesId();
      case SEARCH -> target.query();
      case CREATOR -> accounts.findByUserName(target.user()).map(Account::getId).orElse(null);
    };
    return value == null ? Optional.empty() : held(viewer.accountId(), kind, value);
  }

  /**
   * Ends one of {@code viewer}'s subscriptions.
   *
   * @throws SubscriptionRefusedException (404) when the viewer has no subscription with this id
   */
  @Transactional
  public void unsubscribe(Viewer viewer, long id) {
    writer(viewer);
    if (jdbc.update("delete from subscription where id = ? and account_id = ?", id, viewer.accountId()) == 0) {
      throw new SubscriptionRefusedException(HttpStatus.NOT_FOUND, "You have no subscription " + id + ".");
    }
  }

  /** {@code viewer}'s subscriptions, newest first. */
  @Transactional(readOnly = true)
  public List<ShownSubscription> list(Viewer viewer) {
    if (viewer.isGuest()) {
      return List.of();
    }
    List<Row> rows = jdbc.query("select s.id, s.kind, s.work_id, s.series_id, s.query, s.created_at,"
        + " a.user_name, r.title series_title from subscription s"
        + " left join account a on a.id = s.creator_id left join series r on r.id = s.series_id"
        + " where s.account_id = ? order by s.id desc", Subscriptions::row, viewer.accountId());
    Set<Long> workIds = rows.stream().filter(r -> r.workId() != null).map(Row::workId).collect(Collectors.toSet());
    Map<Long, ListedWork> works = catalog.listed(viewer, workIds);
    List<ShownSubscription> shown = new ArrayList<>();
    for (Row row : rows) {
      shown.add(switch (row.kind()) {
        case WORK -> Optional.ofNullable(works.get(row.workId())).filter(w -> !w.hidden())
            .map(w -> new ShownSubscription(row.id(), row.kind(), w.summary().title(), "/works/" + row.workId(),
                row.since()))
            .orElseGet(() -> new ShownSubscription(row.id(), row.kind(), "A work you may not read now", null,
                row.since()));
        case SERIES -> new ShownSubscription(row.id(), row.kind(), row.seriesTitle(), "/series/" + row.seriesId(),
            row.since());
        case CREATOR -> new ShownSubscription(row.id(), row.kind(), row.userName(),
            "/users/" + UriUtils.encodePathSegment(row.userName(), "UTF-8"), row.since());
        case SEARCH -> new ShownSubscription(row.id(), row.kind(), row.query(),
            "/works/search?q=" + UriUtils.encodeQueryParam(row.query(), "UTF-8"), row.since());
      });
    }
    return shown;
  }

  private record Row(long id, SubscriptionKind kind, Long workId, Long seriesId, String query, Instant since,
      String userName, String seriesTitle) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getLong("id"), SubscriptionKind.valueOf(rs.getString("kind")),
        rs.getObject("work_id", Long.class), rs.getObject("series_id", Long.class),
        rs.getString("query"), rs.getTimestamp("created_at").toInstant(), rs.getString("user_name"),
        rs.getString("series_title"));
  }

  private Optional<Long> held(long accountId, SubscriptionKind kind, Object value) {
    return jdbc.queryForList("select id from subscription where account_id = ? and " + column(kind) + " = ?",
        Long.class, accountId, value).stream().findFirst();
  }

  private void refuseBeyondLimits(long accountId, SubscriptionKind kind) {
    Integer all = jdbc.queryForObject("select count(*) from subscription where account_id = ?", Integer.class,
        accountId);
    if (all != null && all >= LIMIT) {
      throw new SubscriptionRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, String.format(Locale.ROOT,
          "You have %,d subscriptions, the most you can: unsubscribe from one first.", LIMIT));
    }
    if (kind == SubscriptionKind.SEARCH) {
      Integer searches = jdbc.queryForObject(
          "select count(*) from subscription where account_id = ? and kind = 'SEARCH'", Integer.class, accountId);
      if (searches != null && searches >= SEARCH_LIMIT) {
        throw new SubscriptionRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
            "You follow " + SEARCH_LIMIT + " searches, the most you can: unsubscribe from one first.");
      }
    }
  }

  private Account person(Viewer viewer, String userName) {
    Account other = accounts.findByUserName(userName)
        .orElseThrow(() -> new SubscriptionRefusedException(HttpStatus.NOT_FOUND,
            "There is no user named '" + userName + "'."));
    if (other.getId().equals(viewer.accountId())) {
      throw new SubscriptionRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "You can't subscribe to yourself.");
    }
    if (other.isSystemAccount()) {
      throw new SubscriptionRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, "'" + other.getUserName()
          + "' holds the archive's unclaimed and orphaned works, not a person's: subscribe to their works instead.");
    }
    return other;
  }

  /** The query, once the search reads it and it is short enough to keep. */
  private String readable(Viewer viewer, String text) {
    if (text.length() > QUERY_LENGTH) {
      throw new SubscriptionRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, String.format(Locale.ROOT,
          "A saved search is at most %d characters long (this one has %,d).", QUERY_LENGTH, text.length()));
    }
    try {
      query.search(viewer, WorkSearch.of(text).withoutFacets());
    } catch (InvalidSearchException unreadable) {
      throw new SubscriptionRefusedException(HttpStatus.UNPROCESSABLE_ENTITY,
          "This search can't be followed: " + unreadable.getMessage());
    }
    return text;
  }

  private void writer(Viewer viewer) {
    if (viewer.isGuest()) {
      throw new SubscriptionRefusedException(HttpStatus.UNAUTHORIZED, "Log in to subscribe.");
    }
    accountPolicy.checkMayWrite(viewer);
  }

  static String column(SubscriptionKind kind) {
    return switch (kind) {
      case WORK -> "work_id";
      case CREATOR -> "creator_id";
      case SERIES -> "series_id";
      case SEARCH -> "query";
    };
  }
}
