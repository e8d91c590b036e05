package dev.quire.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.comment.Comments;
import dev.quire.comment.Comments.CommentForm;
import dev.quire.stats.Tally.Counted;
import dev.quire.work.Kudos;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whoever changes what a work's counts are made of publishes {@link CountsChanged}, and the count
 * follows the rows with that change: committed with it, rolled back with it, and right when two
 * change at once.
 */
class RecountsTest extends ArchiveTest {

  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired Kudos kudos;
  @Autowired Comments comments;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  long work;

  @BeforeEach
  void aWorkWithTwoKudos() {
    work = posting.post(Viewer.of(accounts.create()), Postings.oneChapter(
        Postings.valid("Counted " + Postings.word()).build(), "One line.", false));
    kudos.leave(Viewer.guest(), work, "192.0.2.1");
    kudos.leave(Viewer.of(accounts.create()), work, "192.0.2.2");
  }

  @Test
  void aCountFollowsItsRowsOnceTheChangeCommits() {
    assertThat(count()).isEqualTo(2);

    transaction.executeWithoutResult(status -> {
      jdbc.update("delete from kudos where work_id = ? and account_id is null", work);
      events.publishEvent(new CountsChanged(work, Counted.KUDOS));
    });

    assertThat(count()).isEqualTo(1);
  }

  @Test
  void aChangeRolledBackLeavesTheCountAsItWas() {
    transaction.executeWithoutResult(status -> {
      jdbc.update("delete from kudos where work_id = ?", work);
      events.publishEvent(new CountsChanged(work, Counted.KUDOS));
      status.setRollbackOnly();
    });

    assertThat(count()).isEqualTo(2);
  }

  @Test
  void aCountThatDriftedFromItsRowsIsPutRightByTheNextChange() {
    jdbc.update("update work_stats set kudos = 40 where work_id = ?", work);

    transaction.executeWithoutResult(status -> events.publishEvent(new CountsChanged(work, Counted.KUDOS)));

    assertThat(count()).isEqualTo(2);
  }

  private int count() {
    return jdbc.queryForObject("select kudos from work_stats where work_id = ?", Integer.class, work);
  }
  @Test
  void commentsLeftAtTheSameMomentAreAllCounted() throws Exception {
    List<Viewer> commenters = List.of(Viewer.of(accounts.create()), Viewer.of(accounts.create()),
        Viewer.of(accounts.create()), Viewer.of(accounts.create()));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(commenters.size());
    try {
      List<Future<?>> posted = commenters.stream().<Future<?>>map(commenter -> threads.submit(() -> {
        start.await();
        return comments.post(commenter, work,
            new CommentForm("Thank you for this chapter.", null, null, null, null), "192.0.2.9");
      })).toList();
      start.countDown();
      for (Future<?> each : posted) {
        each.get();
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(jdbc.queryForObject("select comments from work_stats where work_id = ?", Integer.class, work))
        .isEqualTo(4);
  }

  @Test
  void kudosLeftAtTheSameMomentAreAllCounted() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> left = IntStream.range(0, 6).<Future<?>>mapToObj(i -> threads.submit(() -> {
        start.await();
        return kudos.leave(Viewer.guest(), work, "198.51.100." + i);
      })).toList();
      start.countDown();
      for (Future<?> each : left) {
        each.get();
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(count()).isEqualTo(8);
  }
}
