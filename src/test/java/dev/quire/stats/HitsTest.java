package dev.quire.stats;

import static dev.quire.stats.KudosTest.address;
import static dev.quire.stats.KudosTest.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.posting.Postings;
import dev.quire.posting.WorkPosting;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AO3's hits: one per visitor per work per day, bots and the work's own creators not counted,
 * noted in memory and stored in batches, once however many nodes saw the visitor.
 */
class HitsTest extends ArchiveTest {

  static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;
  @Autowired WorkPosting posting;
  @Autowired HitLedger hits;
  @Autowired OnceOnly once;
  @Autowired StatCounters counters;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  Account writer;
  long work;

  @BeforeEach
  void aPostedWork() {
    writer = accounts.create();
    work = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Tides " + Postings.word()).build(),
        "The tide came in twice.", false));
  }

  @Test
  void aVisitorIsOneHitADayWhateverTheyReadAgain() throws Exception {
    RequestPostProcessor guest = from(address());
    Account reader = accounts.create();
    read(guest, BROWSER);
    read(guest, BROWSER);
    read(accounts.as(reader), BROWSER);
    hits.flush();
    read(guest, BROWSER);
    read(accounts.as(reader), BROWSER);
    hits.flush();

    assertThat(shownHits()).isEqualTo("2");
  }

  @Test
  void botsAndVisitsWithoutAUserAgentAndTheCreatorsOwnAreNoHits() throws Exception {
    read(from(address()), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
    read(from(address()), "curl/8.5.0");
    read(from(address()), null);
    read(accounts.as(writer), BROWSER);
    hits.flush();

    assertThat(shownHits()).isEqualTo("0");
  }

  @Test
  void aPageViewWritesNothingUntilTheFlushAndTheFlushStoresItInOneGo() throws Exception {
    read(from(address()), BROWSER);
    read(from(address()), BROWSER);

    assertThat(storedHits()).isZero();
    hits.flush();
    assertThat(storedHits()).isEqualTo(2);
  }

  @Test
  void twoNodesThatSawTheSameVisitorCountItOnce() {
    HitLedger otherNode = new HitLedger(once, counters, jdbc, transaction, clock);
    Visitor guest = new Visitor(null, "a".repeat(64));
    hits.visit(work, guest, BROWSER);
    otherNode.visit(work, guest, BROWSER);

    hits.flush();
    otherNode.flush();

    assertThat(storedHits()).isEqualTo(1);
  }

  @Test
  void visitsOlderThanYesterdayAreForgottenByThePurge() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    for (LocalDate day : new LocalDate[] {today.minusDays(3), today.minusDays(1), today}) {
      jdbc.update("insert into work_hit (work_id, visitor, seen_on) values (?, ?, ?)", work, "a:1", day);
    }

    hits.purge();

    assertThat(jdbc.queryForList("select seen_on from work_hit where work_id = ? order by seen_on", LocalDate.class, work))
        .containsExactly(today.minusDays(1), today);
  }

  @Test
  void aWorkDeletedBeforeTheFlushTakesNoHitAndTheOthersAreStillCounted() throws Exception {
    long gone = posting.post(Viewer.of(writer), Postings.oneChapter(Postings.valid("Gone " + Postings.word()).build(),
        "Soon gone.", false));
    hits.visit(gone, new Visitor(null, "b".repeat(64)), BROWSER);
    read(from(address()), BROWSER);
    jdbc.update("delete from work where id = ?", gone);

    hits.flush();

    assertThat(storedHits()).isEqualTo(1);
  }

  private void read(RequestPostProcessor as, String userAgent) throws Exception {
    var request = get("/works/{id}", work).with(as);
    if (userAgent != null) {
      request.header("User-Agent", userAgent);
    }
    mvc.perform(request).andExpect(status().isOk());
  }

  private String shownHits() throws Exception {
    return Jsoup.parse(mvc.perform(get("/works/{id}", work)).andReturn().getResponse().getContentAsString())
        .select("dl.stats dd.hits").text();
  }

  private int storedHits() {
    return jdbc.queryForObject("select hits from work_stats where work_id = ?", Integer.class, work);
  }
}
