package dev.quire.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.search.TestWorks;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.story.WorkStats;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import dev.quire.tagging.Finding;
import dev.quire.tagging.Suggestion;
import dev.quire.work.WorkSummary.Byline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page of blurbs read as values ({@link WorkSummaries}, what a search shows) says what a loaded
 * work says of itself ({@link WorkSummary#of(Work)}, what a work's page shows), and only of the
 * works the viewer may find, whatever ids it is given.
 */
class WorkSummariesTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkSummaries summaries;
  @Autowired WorkRepository works;
  @Autowired TransactionTemplate transactions;
  @Autowired AccessPolicy policy;

  @Test
  void blurbsReadAsValuesAreTheBlurbsOfTheLoadedWorksTheViewerMayFindInTheOrderAsked() {
    String marker = TestWorks.marker();
    StoryDocument lighthouseStory = StoryDocument.builder()
        .title("Lighthouse " + marker)
        .creator("Wren " + marker)
        .creator("Avery " + marker)
        .tag(TagKind.FANDOM, "Tides " + marker)
        .tag(TagKind.FANDOM, "Coasts " + marker)
        .tag(TagKind.CHARACTER, "Keeper " + marker)
        .tag(TagKind.FREEFORM, "Fog " + marker)
        .summary("<p>A <em>long</em> watch.</p>")
        .language("en")
        .stats(new WorkStats(12, 340, 5, 2))
        .published(LocalDate.of(2010, 2, 3))
        .chapter(new StoryChapter(null, null, null, "<p>The lamp turned all night.</p>"))
        .build();
    long unrated = publisher.publish(new Submission(lighthouseStory, lighthouseStory.title(),
        List.of(
            new Suggestion(TagKind.CHARACTER, "Gull " + marker, 0.9, "named twice", Finding.CHARACTER_NAMED),
            new Suggestion(TagKind.FREEFORM, "Storms " + marker, 0.6, "a cue", Finding.CHARACTER_MENTIONED),
            new Suggestion(TagKind.FREEFORM, "Ships " + marker, 0.5, "a cue", Finding.CHARACTER_MENTIONED)),
        TestWorks.submission(lighthouseStory).original())).workId();
    long rated = TestWorks.publish(publisher, StoryDocument.builder()
        .title("Harbour " + marker)
        .creator("Wren " + marker)
        .tag(TagKind.RATING, "Mature")
        .tag(TagKind.RATING, "Explicit")
        .tag(TagKind.FANDOM, "Tides " + marker)
        .chaptersExpected(1)
        .chapter(new StoryChapter(null, null, null, "<p>The boats stayed in.</p>"))
        .build());
    long draft = TestWorks.publish(publisher, StoryDocument.builder()
        .title("Slipway " + marker)
        .creator("Wren " + marker)
        .draft(true)
        .chapter(new StoryChapter(null, null, null, "<p>Not launched yet.</p>"))
        .build());
    transactions.executeWithoutResult(t -> {
      Work work = works.findById(unrated).orElseThrow();
      work.rejectSuggestion(work.getWaitingSuggestions().getFirst().getId());
    });

    List<WorkSummary> read = summaries.read(policy.readable(Viewer.guest()), List.of(rated, Long.MAX_VALUE, draft, unrated));

    List<WorkSummary> loaded = new ArrayList<>();
    transactions.executeWithoutResult(t -> {
      loaded.add(WorkSummary.of(works.findById(rated).orElseThrow()));
      loaded.add(WorkSummary.of(works.findById(unrated).orElseThrow()));
    });
    assertThat(read).containsExactlyElementsOf(loaded);
    WorkSummary lighthouse = read.getLast();
    assertThat(lighthouse.bylines()).containsExactly(
        new Byline("Wren " + marker, Account.UNCLAIMED), new Byline("Avery " + marker, Account.UNCLAIMED));
    assertThat(lighthouse.rating()).isEqualTo(Rating.NOT_RATED);
    assertThat(lighthouse.tagsOf(TagKind.RATING)).containsExactly("Not Rated");
    assertThat(lighthouse.tagsOf(TagKind.FANDOM)).containsExactly("Coasts " + marker, "Tides " + marker);
    assertThat(lighthouse.suggestionsWaiting()).isEqualTo(2);
    assertThat(lighthouse.sourceStats()).isEqualTo(new WorkStats(12, 340, 5, 2));
    assertThat(lighthouse.chapterProgress()).isEqualTo("1/?");
    assertThat(read.getFirst().rating()).isEqualTo(Rating.EXPLICIT);
    assertThat(read.getFirst().complete()).isTrue();
    assertThat(read.getFirst().sourceStats()).isNull();
    ReadScope drafts = new ReadScope(List.of(Visibility.DRAFT), true, Set.of(), Set.of());
    assertThat(summaries.read(drafts, List.of(rated, draft))).extracting(WorkSummary::id).containsExactly(draft);
  }

  @Test
  void noIdsReadNothing() {
    assertThat(summaries.read(policy.readable(Viewer.guest()), List.of())).isEmpty();
  }
}
