package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.WorkHits.FacetCount;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The tag counts beside search results, as AO3's filter sidebar shows them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TagCountsTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;

  final String fandom = "Fandom " + TestWorks.marker();
  final String pair = "Ann/Bea " + TestWorks.marker();
  final String other = "Cy/Dee " + TestWorks.marker();

  @BeforeAll
  void publishWorks() {
    publish(work("Rated not rated").tag(TagKind.RATING, "Not Rated").tag(TagKind.RELATIONSHIP, other));
    publish(work("Without a rating").tag(TagKind.RELATIONSHIP, pair));
    publish(work("Mature").tag(TagKind.RATING, "Mature").tag(TagKind.RELATIONSHIP, pair));
  }

  @Test
  void countsAWorkRatedNotRatedAndAWorkWithoutARatingAsNotRated() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\""));

    assertThat(hits.facetsOf(TagKind.RATING))
        .containsExactly(new FacetCount("Not Rated", 2), new FacetCount("Mature", 1));
  }

  @Test
  void namesTheMostUsedTagsFirst() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\""));

    assertThat(hits.facetsOf(TagKind.RELATIONSHIP))
        .containsExactly(new FacetCount(pair, 2), new FacetCount(other, 1));
    assertThat(hits.facetsOf(TagKind.FANDOM)).containsExactly(new FacetCount(fandom, 3));
  }

  @Test
  void countsOnlyTheWorksTheSearchFinds() {
    WorkHits hits = query.search(Viewer.guest(), WorkSearch.of("fandom:\"" + fandom + "\" -relationship:\"" + pair + "\""));

    assertThat(hits.facetsOf(TagKind.RELATIONSHIP)).containsExactly(new FacetCount(other, 1));
    assertThat(hits.facetsOf(TagKind.RATING)).containsExactly(new FacetCount("Not Rated", 1));
  }

  private StoryDocument.Builder work(String title) {
    return StoryDocument.builder().title(title).creator("Someone").tag(TagKind.FANDOM, fandom)
        .chapter(new StoryChapter(null, null, null, "<p>A quiet afternoon by the river.</p>"));
  }

  private void publish(StoryDocument.Builder work) {
    TestWorks.publish(publisher, work.build());
  }
}
