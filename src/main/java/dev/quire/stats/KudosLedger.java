package dev.quire.stats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kudos left on works, one per account and one per guest address on each work (AO3's rule),
 * and their count ({@link Tally}). Who may leave one is the access policy's to say, before {@link
 * #leave}; this only keeps them. Thread-safe.
 */
@Component
public class KudosLedger implements Tally {

  private final JdbcTemplate jdbc;
  private final OnceOnly once;

  KudosLedger(JdbcTemplate jdbc, OnceOnly once) {
    this.jdbc = jdbc;
    this.once = once;
  }

  /**
   * Records {@code visitor}'s kudos on {@code workId}, inside the caller's transaction.
   *
   * @return whether it is new: {@code false} when this visitor had left one already (nothing changes)
   */
  public boolean leave(long workId, Visitor visitor, Instant at) {
    return once.insert("insert into kudos (work_id, account_id, address_hash, left_at) values (?, ?, ?, ?)",
        workId, visitor.accountId(), visitor.addressHash(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  /** Whether {@code visitor} has left kudos on {@code workId}. */
  public boolean hasLeft(long workId, Visitor visitor) {
    Integer found = visitor.isGuest()
        ? jdbc.queryForObject("select count(*) from kudos where work_id = ? and address_hash = ?", Integer.class,
            workId, visitor.addressHash())
        : jdbc.queryForObject("select count(*) from kudos where work_id = ? and account_id = ?", Integer.class,
            workId, visitor.accountId());
    return found != null && found > 0;
  }

  /**
   * Who left kudos on {@code workId}: the first {@link KudosGivers#SHOWN} accounts by name, first
   * come first, how many more accounts, and how many guests.
   */
  public KudosGivers givers(long workId) {
    List<String> names = jdbc.queryForList("select a.user_name from kudos k join account a on a.id = k.account_id"
        + " where k.work_id = ? order by k.left_at, k.id fetch first " + KudosGivers.SHOWN + " rows only",
        String.class, workId);
    return jdbc.queryForObject("select count(account_id), count(*) - count(account_id) from kudos where work_id = ?",
        (rs, row) -> new KudosGivers(names, Math.max(0, rs.getInt(1) - names.size()), rs.getInt(2)), workId);
  }

  @Override
  public Counted counted() {
    return Counted.KUDOS;
  }

  @Override
  public int count(long workId) {
    Integer count = jdbc.queryForObject("select count(*) from kudos where work_id = ?", Integer.class, workId);
    return count == null ? 0 : count;
  }
}
