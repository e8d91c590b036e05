package dev.quire.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import dev.quire.work.Kudos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whoever changes what a work's counts are made of publishes {@link CountsChanged}, and the count
 * follows the rows once that change has committed, and only then.
 */
class RecountsTest extends ArchiveTest {

  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired Kudos kudos;
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
      events.publishEvent(new CountsChanged(work));
    });

    assertThat(count()).isEqualTo(1);
  }

  @Test
  void aChangeRolledBackLeavesTheCountAsItWas() {
    transaction.executeWithoutResult(status -> {
      jdbc.update("delete from kudos where work_id = ?", work);
      events.publishEvent(new CountsChanged(work));
      status.setRollbackOnly();
    });

    assertThat(count()).isEqualTo(2);
  }

  @Test
  void aCountThatDriftedFromItsRowsIsPutRightByTheNextChange() {
    jdbc.update("update work_stats set kudos = 40 where work_id = ?", work);

    transaction.executeWithoutResult(status -> events.publishEvent(new CountsChanged(work)));

    assertThat(count()).isEqualTo(2);
  }

  private int count() {
    return jdbc.queryForObject("select kudos from work_stats where work_id = ?", Integer.class, work);
  }
}
