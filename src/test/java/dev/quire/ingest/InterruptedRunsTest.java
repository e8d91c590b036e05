package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A run whose importing process is gone is shown interrupted, with how far it got, on an embedded
 * archive and on a cluster alike: its heartbeat falls silent, and the archive marks it once it has
 * been silent for two minutes; a run that still beats is running, whatever was thought of it.
 * Heartbeats are set back by hand here, as a killed process would have left them.
 */
class InterruptedRunsTest extends ArchiveTest {

  @Autowired ImportLog log;
  @Autowired ImportHistory history;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired MockMvc mvc;

  @Test
  void aRunSilentForLongerThanTheBoundIsShownInterruptedWithHowFarItGotAndAFreshOneRunning() throws Exception {
    long killed = log.start(false);
    log.recordAll(killed, 1, List.of(FileOutcome.imported("lighthouse.txt", null, List.of()),
        FileOutcome.duplicate("pier.txt", null), FileOutcome.failed("empty.txt", "the file is empty")));
    log.ended(killed);
    long importing = log.start(false);
    long finished = log.start(false);
    log.finish(finished);
    log.ended(finished);
    try {
      Instant lastHeard = clock.instant().minus(ImportHeartbeat.SILENT_AFTER).minusSeconds(1);
      setHeartbeat(killed, lastHeard);
      setHeartbeat(importing, clock.instant().minus(ImportHeartbeat.SILENT_AFTER).plusSeconds(30));
      setHeartbeat(finished, lastHeard);

      log.markSilentInterrupted();

      Document list = page("/imports");
      assertThat(state(list, killed)).isEqualTo("interrupted");
      assertThat(state(list, importing)).isEqualTo("running");
      assertThat(state(list, finished)).isEqualTo("finished");
      String report = page("/imports/" + killed).select("p.summary").text();
      assertThat(report).contains("1 imported, 0 updated, 1 duplicate, 1 failed")
          .contains("interrupted after 3 files: last heard of at " + DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", Locale.ENGLISH)
              .format(history.run(killed).orElseThrow().getHeartbeatAt().atZone(ZoneId.systemDefault())))
          .contains("Importing the same files again goes on where it stopped");
      assertThat(page("/imports/" + importing).select("p.summary").text()).contains("still running, 0 files so far")
          .doesNotContain("interrupted");
    } finally {
      log.ended(importing);
    }
  }

  @Test
  void aRunThatStillBeatsIsRunningAgainAfterANodeTookItForInterrupted() throws Exception {
    long importing = log.start(false);
    try {
      Instant longAgo = clock.instant().minus(Duration.ofMinutes(10));
      jdbc.update("update import_run set heartbeat_at = ?, interrupted_at = ? where id = ?",
          OffsetDateTime.ofInstant(longAgo, ZoneOffset.UTC), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
          importing);
      assertThat(history.run(importing).orElseThrow().isRunning()).isFalse();

      Instant deadline = clock.instant().plus(ImportHeartbeat.INTERVAL.multipliedBy(4));
      while (!history.run(importing).orElseThrow().isRunning() && clock.instant().isBefore(deadline)) {
        Thread.sleep(200);
      }
      ImportRun run = history.run(importing).orElseThrow();
      assertThat(run.isRunning()).as("running again after its next heartbeat").isTrue();
      assertThat(run.getHeartbeatAt()).isAfter(longAgo.plus(Duration.ofMinutes(9)));

      log.markSilentInterrupted();
      assertThat(state(page("/imports"), importing)).isEqualTo("running");
    } finally {
      log.ended(importing);
    }
  }

  private void setHeartbeat(long runId, Instant when) {
    jdbc.update("update import_run set heartbeat_at = ? where id = ?", OffsetDateTime.ofInstant(when, ZoneOffset.UTC),
        runId);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString());
  }

  private static String state(Document list, long runId) {
    return list.select("table.imports tr:has(a[href=/imports/" + runId + "]) td.state").text();
  }
}
