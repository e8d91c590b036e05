package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ClusterServers;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.work.WorkSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A cluster's nodes index through the database's outbox: a work one node stores is written to the
 * index by whichever node's event processor takes the event, and is found on every node a moment
 * later. Runs when the cluster is given, as on CI.
 */
class OutboxIndexingTest {

  private static final Logger log = LoggerFactory.getLogger(OutboxIndexingTest.class);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void aWorkStoredOnOneNodeIsFoundOnEveryNodeAMomentLater() throws InterruptedException {
    ClusterServers.assumeAvailable();
    String archive = ClusterServers.newName();
    try (ConfigurableApplicationContext first = StartedArchives.onCluster(archive, true);
        ConfigurableApplicationContext second = StartedArchives.onCluster(archive, true)) {
      String marker = TestWorks.marker();
      long id = TestWorks.publish(first.getBean(WorkPublisher.class), StoryDocument.builder()
          .title("Outbox " + marker).creator("Node Writer")
          .chapter(new StoryChapter(null, null, null, "<p>The " + marker + " crossed from one node to the other.</p>"))
          .build());
      Instant stored = Instant.now();

      firstFound(second, marker, stored);
      Duration delay = Duration.between(stored, Instant.now());
      log.info("A work stored on one node was found on another {} ms after its commit", delay.toMillis());

      assertThat(delay).isLessThan(PATIENCE);
      for (ConfigurableApplicationContext node : List.of(first, second)) {
        // A search may reach a shard's replica, which OpenSearch refreshes apart from its primary:
        // found once is not yet found by every search, so each node is given its moment too.
        assertThat(firstFound(node, marker, stored)).extracting(WorkSummary::id).containsExactly(id);
      }
    }
  }

  /** The works {@code node} finds for {@code word} once it finds any, or none after the patience. */
  private static List<WorkSummary> firstFound(ConfigurableApplicationContext node, String word, Instant since)
      throws InterruptedException {
    WorkQuery query = node.getBean(WorkQuery.class);
    Instant deadline = since.plus(PATIENCE);
    List<WorkSummary> found = query.search(Viewer.guest(), WorkSearch.of(word)).works();
    while (found.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      found = query.search(Viewer.guest(), WorkSearch.of(word)).works();
    }
    return found;
  }
}
