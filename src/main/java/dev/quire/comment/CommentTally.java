package dev.quire.comment;

import dev.quire.stats.Tally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A work's comment count, as AO3 counts it: the comments every reader sees, so neither deleted
 * ones, nor those an admin hid, nor those still waiting for a creator's approval.
 */
@Component
class CommentTally implements Tally {

  private final JdbcTemplate jdbc;

  CommentTally(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Counted counted() {
    return Counted.COMMENTS;
  }

  @Override
  public int count(long workId) {
    Integer count = jdbc.queryForObject("select count(*) from work_comment where work_id = ?"
        + " and not deleted and not hidden and not awaiting_approval", Integer.class, workId);
    return count == null ? 0 : count;
  }
}
