package dev.quire.work.web;

import dev.quire.work.Chapter;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the chapters' texts the archive reads out of the database, with Hibernate's statistics:
 * the rows of the queries that select {@code c.body}, and the {@link Chapter} entities loaded (each
 * with its text). For tests that hold a page to the texts it shows.
 */
final class TextReads {

  /** Something done while the texts are counted. */
  interface Action {
    void run() throws Exception;
  }

  private TextReads() {}

  /** The texts read while {@code action} runs; the statistics are on only meanwhile. */
  static long during(EntityManagerFactory factory, Action action) throws Exception {
    Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    try {
      statistics.clear();
      action.run();
      return counted(statistics);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  /** The texts the queries {@code statistics} counted have read. */
  static long counted(Statistics statistics) {
    return Arrays.stream(statistics.getQueries()).filter(query -> query.matches("(?s).*\\bc\\.body\\b.*"))
        .mapToLong(query -> statistics.getQueryStatistics(query).getExecutionRowCount()).sum()
        + statistics.getEntityStatistics(Chapter.class.getName()).getLoadCount();
  }
}
