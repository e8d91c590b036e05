package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ClusterServers;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.IndexCheck.Findings;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The index check on a cluster whose nodes index through the outbox, as a real one does: works
 * just posted are not taken for missing (the check waits for the outbox), and a repair is checked
 * once the nodes have applied it.
 */
@SpringBootTest
class ClusterOutboxIndexCheckTest {

  @BeforeAll
  static void clusterGiven() {
    ClusterServers.assumeAvailable();
  }

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry registry) {
    ClusterServers.registerArchive(registry, true);
  }

  @Autowired IndexCheck check;
  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired JdbcTemplate jdbc;

  @Test
  void worksJustPostedAreNotMissingAndARepairIsAppliedBeforeTheCheckAgain() {
    String marker = TestWorks.marker();
    long first = 0;
    for (int i = 0; i < 5; i++) {
      long work = TestWorks.publish(publisher, StoryDocument.builder()
          .title("Outbox " + i + " " + marker).creator("Writer").tag(TagKind.RATING, "General Audiences")
          .chapter(new StoryChapter(null, null, null, "<p>The " + marker + " post arrived.</p>")).build());
      first = first == 0 ? work : first;
    }

    Findings justPosted = check.check();
    String renamed = TestWorks.marker();
    jdbc.update("update work set title = ? where id = ?", "Renamed " + renamed, first);
    Findings changed = check.check();
    IndexCheck.Repair repair = check.repair();

    assertThat(justPosted.clean()).as("%s", justPosted).isTrue();
    assertThat(changed.stale()).isEqualTo(1);
    assertThat(changed.named()).containsExactly("work " + first + " changed since it was indexed");
    assertThat(repair.after().clean()).as("%s", repair.after()).isTrue();
    assertThat(query.search(Viewer.guest(), WorkSearch.of(renamed)).total()).isEqualTo(1);
  }
}
