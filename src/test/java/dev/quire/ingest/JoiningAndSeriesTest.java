package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Published;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.platform.Sha256;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.work.SeriesRepository;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Files that hold parts of one story join into one work; works take their places in series. */
class JoiningAndSeriesTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;
  @Autowired SeriesRepository series;
  @Autowired TransactionTemplate transactions;

  final String story = "example.org/s/" + UUID.randomUUID();

  Published publishChapter(int number, Integer expected) {
    StoryDocument document = StoryDocument.builder()
        .title("The Long Road")
        .creator("Synthetic Writer")
        .chaptersExpected(expected)
        .chapter(new StoryChapter("Leg " + number, null, null, "<p>Chapter " + number + " of the road.</p>"))
        .installment(new Installment(story, number))
        .build();
    byte[] bytes = (story + number).getBytes(StandardCharsets.UTF_8);
    return publisher.publish(new Submission(document, "The Long Road", List.of(),
        new Original("chapter" + number + ".html", "ffn-page", bytes, Sha256.hex(bytes))));
  }

  @Test
  void chaptersFromSeparateFilesJoinOneWorkInTheirOwnOrder() {
    Published third = publishChapter(3, null);
    Published first = publishChapter(1, null);
    Published second = publishChapter(2, 3);

    WorkDetails work = catalog.details(Viewer.guest(), third.workId()).orElseThrow();
    assertThat(first.workId()).isEqualTo(third.workId());
    assertThat(second.workId()).isEqualTo(third.workId());
    assertThat(second.flags()).containsExactly("joined work " + third.workId() + " as chapter 2");
    assertThat(work.chapters()).extracting(ChapterText::position).containsExactly(1, 2, 3);
    assertThat(work.chapters()).extracting(ChapterText::title).containsExactly("Leg 1", "Leg 2", "Leg 3");
    assertThat(work.summary().chapterProgress()).isEqualTo("3/3");
    assertThat(work.summary().complete()).isTrue();
    assertThat(work.sources()).hasSize(3);
    assertThat(work.sources()).extracting(s -> new String(catalog.original(Viewer.guest(), work.id(), s.sha256()).orElseThrow(), StandardCharsets.UTF_8))
        .containsExactlyInAnyOrder(story + 1, story + 2, story + 3);
  }

  @Test
  void aChapterThatIsAlreadyThereIsKeptAndFlagged() {
    publishChapter(1, null);
    StoryDocument again = StoryDocument.builder()
        .chapter(new StoryChapter("Leg 1", null, null, "<p>A re-saved copy.</p>"))
        .installment(new Installment(story, 1))
        .build();
    byte[] bytes = (story + "again").getBytes(StandardCharsets.UTF_8);

    Published published = publisher.publish(new Submission(again, "The Long Road", List.of(),
        new Original("again.html", "ffn-page", bytes, Sha256.hex(bytes))));

    assertThat(published.flags()).containsExactly("chapter 1 was already there; kept the earlier one");
    assertThat(catalog.details(Viewer.guest(), published.workId()).orElseThrow().chapters()).hasSize(1);
  }

  @Test
  void anotherCopyOfTheSameWorkFromTheSameSourceJoinsItAsAFurtherOriginal() {
    String url = "https://archive.example.org/works/" + UUID.randomUUID();
    Published epub = publishCopy(url.replace("https://", "http://"), "copy.epub",
        "<p>One chapter of the same words.</p>");
    Published html = publishCopy(url + "/", "copy.html", "<p>One chapter of the same words.</p>");

    assertThat(html.workId()).isEqualTo(epub.workId());
    assertThat(html.updated()).isFalse();
    assertThat(html.flags()).singleElement().asString().startsWith("another copy of work " + epub.workId());
    assertThat(catalog.details(Viewer.guest(), epub.workId()).orElseThrow().sources()).hasSize(2);
  }

  @Test
  void aLaterVersionWithMoreChaptersUpdatesTheWorkItCameFrom() {
    String url = "https://archive.example.org/works/" + UUID.randomUUID();
    Published first = publishCopy(url, "first.html", "<p>One chapter of the same words.</p>");
    long chapterId = catalog.details(Viewer.guest(), first.workId()).orElseThrow().chapters().getFirst().id();

    Published later = publishCopy(url, "later.html", "<p>One chapter of the same words.</p>",
        "<p>And a second chapter written later.</p>");

    WorkDetails work = catalog.details(Viewer.guest(), first.workId()).orElseThrow();
    assertThat(later.workId()).isEqualTo(first.workId());
    assertThat(later.updated()).isTrue();
    assertThat(later.flags()).containsExactly("updated work " + first.workId()
        + " from a later version: chapter 2 added, no chapter revised");
    assertThat(work.chapters()).extracting(ChapterText::position).containsExactly(1, 2);
    assertThat(work.chapters().getFirst().id()).isEqualTo(chapterId);
    assertThat(work.summary().words()).isEqualTo(6 + 6);
    assertThat(work.sources()).extracting(WorkDetails.Source::fileName).containsExactly("first.html", "later.html");
  }

  @Test
  void aLaterVersionRevisesTheChaptersWhoseTextChanged() {
    String url = "https://archive.example.org/works/" + UUID.randomUUID();
    Published first = publishDated(url, "first.html", 2020, "<p>Draft words here.</p>", "<p>Kept as it was.</p>");

    Published later = publishDated(url, "later.html", 2021, "<p>Revised words, and more of them.</p>",
        "<p>Kept as it was.</p>");

    WorkDetails work = catalog.details(Viewer.guest(), first.workId()).orElseThrow();
    assertThat(later.updated()).isTrue();
    assertThat(later.flags()).containsExactly("updated work " + first.workId()
        + " from a later version: no chapter added, chapter 1 revised");
    assertThat(work.chapters().getFirst().body()).contains("Revised words");
    assertThat(work.summary().words()).isEqualTo(6 + 4);
    assertThat(work.summary().updated()).isEqualTo(java.time.LocalDate.of(2021, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
  }

  @Test
  void anEarlierVersionChangesNothing() {
    String url = "https://archive.example.org/works/" + UUID.randomUUID();
    Published current = publishDated(url, "current.html", 2021, "<p>The finished first chapter.</p>",
        "<p>The second chapter.</p>");

    Published earlier = publishDated(url, "earlier.html", 2020, "<p>A draft of the first chapter.</p>");

    WorkDetails work = catalog.details(Viewer.guest(), current.workId()).orElseThrow();
    assertThat(earlier.workId()).isEqualTo(current.workId());
    assertThat(earlier.updated()).isFalse();
    assertThat(earlier.flags()).singleElement().asString().startsWith("an earlier version of work " + current.workId());
    assertThat(work.chapters()).extracting(ChapterText::body)
        .containsExactly("<p>The finished first chapter.</p>", "<p>The second chapter.</p>");
    assertThat(work.sources()).hasSize(2);
  }

  Published publishDated(String url, String fileName, int year, String... chapters) {
    StoryDocument.Builder document = StoryDocument.builder().title("Dated").sourceUrl(url)
        .updated(java.time.LocalDate.of(year, 1, 1));
    for (String chapter : chapters) {
      document.chapter(new StoryChapter(null, null, null, chapter));
    }
    byte[] bytes = (url + fileName).getBytes(StandardCharsets.UTF_8);
    return publisher.publish(new Submission(document.build(), "Dated", List.of(),
        new Original(fileName, "ao3-html", bytes, Sha256.hex(bytes))));
  }

  Published publishCopy(String url, String fileName, String... chapters) {
    StoryDocument.Builder document = StoryDocument.builder().title("Twice Saved").sourceUrl(url);
    for (String chapter : chapters) {
      document.chapter(new StoryChapter(null, null, null, chapter));
    }
    byte[] bytes = (url + fileName).getBytes(StandardCharsets.UTF_8);
    return publisher.publish(new Submission(document.build(), "Twice Saved", List.of(),
        new Original(fileName, "ao3-html", bytes, Sha256.hex(bytes))));
  }

  @Test
  void worksTakeTheirPlaceInASeriesByTitle() {
    String title = "Seasons " + UUID.randomUUID();
    long spring = publishInSeries(title, 1, "Spring");
    long summer = publishInSeries(title, 2, "Summer");

    List<Long> ordered = transactions.execute(status -> series.findByTitle(title).orElseThrow()
        .getEntries().stream().map(e -> e.getWork().getId()).toList());
    assertThat(ordered).containsExactly(spring, summer);
    assertThat(catalog.details(Viewer.guest(), summer).orElseThrow().series())
        .extracting(WorkDetails.SeriesPlace::title, WorkDetails.SeriesPlace::position)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(title, 2));
  }

  @Test
  void aWorkThatStatesOnlyItsPublicationWasLastUpdatedThen() {
    StoryDocument document = StoryDocument.builder()
        .title("Old Letter")
        .published(java.time.LocalDate.of(2005, 7, 5))
        .chapter(new StoryChapter(null, null, null, "<p>Dear friend, the roses are out.</p>"))
        .build();
    byte[] bytes = ("old letter " + story).getBytes(StandardCharsets.UTF_8);

    long id = publisher.publish(new Submission(document, "Old Letter", List.of(),
        new Original("letter.txt", "plain-text", bytes, Sha256.hex(bytes)))).workId();

    assertThat(catalog.details(Viewer.guest(), id).orElseThrow().summary().updatedOn()).isEqualTo(java.time.LocalDate.of(2005, 7, 5));
  }

  long publishInSeries(String seriesTitle, int position, String title) {
    StoryDocument document = StoryDocument.builder()
        .title(title)
        .chapter(new StoryChapter(null, null, null, "<p>" + title + " came and went.</p>"))
        .series(seriesTitle, position)
        .sourceUrl("javascript:alert(1)")
        .build();
    byte[] bytes = (seriesTitle + title).getBytes(StandardCharsets.UTF_8);
    Published published = publisher.publish(new Submission(document, title, List.of(),
        new Original(title + ".txt", "plain-text", bytes, Sha256.hex(bytes))));
    assertThat(catalog.details(Viewer.guest(), published.workId()).orElseThrow().sourceUrl()).isNull();
    return published.workId();
  }
}
