package dev.quire.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TestWorks;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagRepository;
import dev.quire.work.AccessPolicy;
import dev.quire.work.ReadScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's count of a kind's tags, which a kind too large for one answer of OpenSearch falls
 * back to: the same rule as the index's, a synonym's works counted once under its canonical tag.
 */
class ListingsTest extends ArchiveTest {

  @Autowired Listings listings;
  @Autowired AccessPolicy policy;
  @Autowired WorkPublisher publisher;
  @Autowired TagRepository tags;
  @Autowired TransactionTemplate transaction;

  @Test
  void aSynonymsWorksCountOnceUnderItsCanonicalTagAndThePagesTotalCountsWhatTheyList() {
    String marker = TestWorks.marker();
    String harbour = "Harbour " + marker;
    String harbor = "Harbor " + marker;
    publish("Spelled " + marker, harbour);
    publish("Respelled " + marker, harbor);
    publish("Both " + marker, harbour, harbor);
    transaction.executeWithoutResult(status -> {
      Tag canonical = tags.findByKindAndName(TagKind.FANDOM, harbour).orElseThrow();
      canonical.makeCanonical();
      tags.findByKindAndName(TagKind.FANDOM, harbor).orElseThrow().makeSynonymOf(canonical);
    });

    ReadScope guest = policy.readable(Viewer.guest());
    Page<Listing> all = listings.tags(TagKind.FANDOM, guest, PageRequest.of(0, 100_000));
    assertThat(all.stream().filter(fandom -> fandom.name().endsWith(marker)).map(f -> f.name() + " (" + f.works() + ")"))
        .containsExactly(harbour + " (3)");
    assertThat(listings.tags(TagKind.FANDOM, guest, PageRequest.of(0, 1)).getTotalElements())
        .as("the count query's total").isEqualTo(all.getNumberOfElements());
  }

  private void publish(String title, String... fandoms) {
    StoryDocument.Builder story = StoryDocument.builder().title(title).creator("Writer")
        .chapter(new StoryChapter(null, null, null, "<p>A quay.</p>"));
    for (String fandom : fandoms) {
      story.tag(TagKind.FANDOM, fandom);
    }
    TestWorks.publish(publisher, story.build());
  }
}
