package dev.quire.subscription;

import dev.quire.account.AccountPolicy;
import dev.quire.account.Viewer;
import dev.quire.work.AccessPolicy;
import dev.quire.work.ReadScope;
import dev.quire.work.Visibility;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkCatalog.ListedWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's inbox: the notices its subscriptions brought, newest first, of the works it may
 * read now and whose creators it has not muted (the access policy's read scope, as every list): a
 * work hidden or deleted since, or by someone muted since, leaves the inbox and its counts.
 * Thread-safe.
 */
@Service
public class Inbox {

  /** The condition of the read scope on a notice {@code n} and its work {@code w}. */
  private static final String READABLE = " n.account_id = :account and w.visibility in (:visible)"
      + " and w.restricted in (:restricted) and not exists (select 1 from work_creator wc"
      + " join creator c on c.id = wc.creator_id where wc.work_id = w.id and c.account_id in (:muted))";

  private final NamedParameterJdbcTemplate jdbc;
  private final AccessPolicy policy;
  private final WorkCatalog catalog;
  private final AccountPolicy accountPolicy;

  Inbox(NamedParameterJdbcTemplate jdbc, AccessPolicy policy, WorkCatalog catalog, AccountPolicy accountPolicy) {
    this.jdbc = jdbc;
    this.policy = policy;
    this.catalog = catalog;
    this.accountPolicy = accountPolicy;
  }

  /** Page {@code page} (from 1) of {@code viewer}'s inbox; empty for a guest. */
  @Transactional(readOnly = true)
  public InboxPage page(Viewer viewer, int page) {
    if (viewer.isGuest()) {
      return new InboxPage(List.of(), 1, 1, 0, 0);
    }
    MapSqlParameterSource scope = scope(viewer);
    long total = count(READABLE, scope);
    long unseen = count(READABLE + " and n.seen = false", scope);
    int pages = (int) Math.max(1, (total + InboxPage.SIZE - 1) / InboxPage.SIZE);
    int shown = Math.min(Math.max(page, 1), pages);
    List<Notice> notices = notices("", scope.addValue("skip", (long) (shown - 1) * InboxPage.SIZE)
        .addValue("take", InboxPage.SIZE), viewer);
    return new InboxPage(notices, shown, pages, total, unseen);
  }

  /**
   * The newest {@code count} notices of {@code viewer}, one per work (its newest), for the private
   * feeds: a feed lists each work once.
   */
  @Transactional(readOnly = true)
  public List<Notice> latest(Viewer viewer, int count) {
    return notices(" and n.id in (select max(o.id) from subscription_notice o where o.account_id = :account"
        + " group by o.work_id)", scope(viewer).addValue("skip", 0L).addValue("take", count), viewer);
  }

  /** {@code viewer}'s notice {@code id}, when it is theirs and in their read scope now. */
  @Transactional(readOnly = true)
  public Optional<Notice> notice(Viewer viewer, long id) {
    return notices(" and n.id = :id", scope(viewer).addValue("id", id).addValue("skip", 0L).addValue("take", 1),
        viewer).stream().findFirst();
  }

  /**
   * Marks {@code viewer}'s notices read: those with ids in {@code ids}, or all when it is empty.
   *
   * @return how many were unread
   * @throws dev.quire.account.SuspendedAccountException (403) for a suspended account or a guest
   */
  @Transactional
  public int markSeen(Viewer viewer, List<Long> ids) {
    accountPolicy.checkMayWrite(viewer);
    MapSqlParameterSource values = new MapSqlParameterSource("account", viewer.accountId()).addValue("ids", ids);
    return jdbc.update("update subscription_notice set seen = true where account_id = :account and seen = false"
        + (ids.isEmpty() ? "" : " and id in (:ids)"), values);
  }

  private List<Notice> notices(String condition, MapSqlParameterSource values, Viewer viewer) {
    record Row(long id, long workId, long chapterId, Integer position, Instant at, boolean seen) {}
    List<Row> rows = jdbc.query("select n.id, n.work_id, n.chapter_id, n.chapter_position, n.created_at, n.seen"
        + " from subscription_notice n join work w on w.id = n.work_id where" + READABLE + condition
        + " order by n.id desc offset :skip rows fetch next :take rows only", values,
        (rs, i) -> new Row(rs.getLong("id"), rs.getLong("work_id"), rs.getLong("chapter_id"),
            rs.getObject("chapter_position", Integer.class), rs.getTimestamp("created_at").toInstant(),
            rs.getBoolean("seen")));
    Map<Long, ListedWork> works = catalog.listed(viewer, rows.stream().map(Row::workId).toList());
    List<Notice> notices = new ArrayList<>();
    for (Row row : rows) {
      ListedWork work = works.get(row.workId());
      if (work != null) {
        notices.add(new Notice(row.id(), row.chapterId(), row.position(), work.summary(), row.at(), row.seen()));
      }
    }
    return notices;
  }

  private long count(String condition, MapSqlParameterSource values) {
    Long count = jdbc.queryForObject("select count(*) from subscription_notice n join work w on w.id = n.work_id"
        + " where" + condition, values, Long.class);
    return count == null ? 0 : count;
  }

  private MapSqlParameterSource scope(Viewer viewer) {
    ReadScope scope = policy.readable(viewer);
    return new MapSqlParameterSource("account", viewer.accountId())
        .addValue("visible", scope.visibilities().stream().map(Visibility::name).toList())
        .addValue("restricted", scope.restrictedStates())
        .addValue("muted", scope.mutedOrNone());
  }
}
