package dev.quire.bookmark;

import dev.quire.stats.Tally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A work's bookmark count, as AO3 counts it: its public bookmarks; a private one counts nowhere. */
@Component
class BookmarkTally implements Tally {

  private final JdbcTemplate jdbc;

  BookmarkTally(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Counted counted() {
    return Counted.BOOKMARKS;
  }

  @Override
  public int count(long workId) {
    Integer count = jdbc.queryForObject("select count(*) from bookmark where work_id = ? and not is_private",
        Integer.class, workId);
    return count == null ? 0 : count;
  }
}
