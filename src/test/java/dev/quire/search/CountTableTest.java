package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.WorkStats;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The embedded index's table of counts, on its own over a small work_stats. */
class CountTableTest {

  JdbcTemplate jdbc;
  CountTable table;

  @BeforeEach
  void aDatabase() {
    jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:counts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
    jdbc.execute("create table work_stats (work_id bigint primary key, kudos int, hits int, comments int, bookmarks int)");
    jdbc.update("insert into work_stats values (1, 3, 40, 2, 1), (4096, 7, 0, 0, 5)");
    table = new CountTable(jdbc);
  }

  @Test
  void theFirstSearchReadsEveryWorksCountsFromTheDatabase() {
    table.publish(Map.of(1L, new WorkStats(9, 9, 9, 9)));
    assertThat(table.get(1, LiveCount.KUDOS)).as("not read yet: the database, not the early change").isEqualTo(3);
    assertThat(table.get(1, LiveCount.HITS)).isEqualTo(40);
    assertThat(table.get(4096, LiveCount.BOOKMARKS)).isEqualTo(5);
    assertThat(table.get(4095, LiveCount.KUDOS)).as("a work with no row yet").isZero();
  }

  @Test
  void aPublishedChangeReplacesOnlyThatWorksCounts() {
    table.get(1, LiveCount.KUDOS);
    table.publish(Map.of(4096L, new WorkStats(8, 1, 2, 6), 5_000_000L, new WorkStats(1, 2, 3, 4)));

    assertThat(table.get(4096, LiveCount.KUDOS)).isEqualTo(8);
    assertThat(table.get(4096, LiveCount.COMMENTS)).isEqualTo(2);
    assertThat(table.get(5_000_000L, LiveCount.BOOKMARKS)).isEqualTo(4);
    assertThat(table.get(1, LiveCount.KUDOS)).isEqualTo(3);
  }

  @Test
  void aReloadReadsTheDatabaseAgain() {
    table.get(1, LiveCount.KUDOS);
    jdbc.update("update work_stats set kudos = 12 where work_id = 1");
    assertThat(table.get(1, LiveCount.KUDOS)).isEqualTo(3);

    table.reload();

    assertThat(table.get(1, LiveCount.KUDOS)).isEqualTo(12);
  }
}
