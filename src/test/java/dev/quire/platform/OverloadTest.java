package dev.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.download.DownloadAddress;
import dev.quire.download.DownloadFormat;
import dev.quire.ingest.Importer;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Overload makes the archive slower or answers 503 with {@code Retry-After}; it never answers 500 and
 * never sends part of an answer as a success. Over real HTTP, against the bundled novel (616 KB of
 * text in 24 chapters) and the search index.
 */
class OverloadTest extends ArchiveTest {

  private static final int VISITORS = 200;
  private static final int REQUESTS = 400;

  @LocalServerPort int port;
  @Autowired Importer importer;
  @Autowired WorkCatalog catalog;
  @Autowired DataSource dataSource;

  WorkDetails novel() throws IOException {
    String name = "old-friends-and-new-fancies.txt";
    byte[] text = new ClassPathResource("samples/" + name).getContentAsByteArray();
    // Imported by other tests too: a second import finds the same work.
    return catalog.details(Viewer.guest(), importer.importBytes(name, name, text, false).workId()).orElseThrow();
  }

  @Test
  void underTwoHundredVisitorsAtOnceEveryAnswerIsWholeOrBusyNeverAnError() throws IOException {
    WorkDetails novel = novel();
    long id = novel.summary().id();
    List<String> mix = new ArrayList<>(List.of(
        "/works/" + id + "?view_adult=true",
        "/works/search?q=friends",
        "/api/v1/works?q=fancies",
        "/api/v1/works/" + id,
        DownloadAddress.ofWork(id, novel.summary().title(), DownloadFormat.EPUB) + "?view_adult=true",
        "/opds/recent",
        "/works/feed.atom"));
    novel.chapters().forEach(chapter -> mix.add("/works/" + id + "/chapters/" + chapter.id() + "?view_adult=true"));
    List<String> paths = IntStream.range(0, REQUESTS).mapToObj(i -> mix.get(i % mix.size())).toList();

    List<Crowd.Answer> answers = Crowd.fetch(port, paths, VISITORS, Duration.ofMinutes(5));

    assertThat(answers).allSatisfy(answer -> {
      if (answer.status() == 503) {
        assertThat(answer.retryAfterSeconds()).as("Retry-After of %s", answer.path()).isPositive();
      } else {
        assertThat(answer.status()).as("status of %s", answer.path()).isEqualTo(200);
        assertThat(answer.isWhole()).as("%s is whole", answer.path()).isTrue();
      }
    });
  }

  @Test
  void aRequestThatWaitsTooLongForTheDatabaseIsRefusedAsBusyWithWhenToRetry() throws Exception {
    WorkDetails novel = novel();
    long id = novel.summary().id();
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    List<Connection> held = new ArrayList<>();
    List<Crowd.Answer> answers;
    try {
      while (held.size() < pool.getMaximumPoolSize()) {
        held.add(pool.getConnection());
      }
      answers = Crowd.fetch(port, List.of("/works/" + id + "?view_adult=true", "/api/v1/works/" + id,
          DownloadAddress.ofWork(id, novel.summary().title(), DownloadFormat.EPUB) + "?view_adult=true"),
          3, Duration.ofMinutes(1));
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }

    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.status()).as("status of %s", answer.path()).isEqualTo(503);
      assertThat(answer.retryAfterSeconds()).isEqualTo(BusyResponses.POOL_RETRY.toSeconds());
      assertThat(answer.text()).contains("The archive is busy: please try again in a few seconds.")
          .doesNotContainIgnoringCase("connection").doesNotContainIgnoringCase("SQL")
          .doesNotContainIgnoringCase("Hikari").doesNotContainIgnoringCase("exception");
    });
  }
}
