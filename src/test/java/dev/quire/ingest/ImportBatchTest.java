package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.WorkPublisher.Original;
import dev.quire.ingest.WorkPublisher.Published;
import dev.quire.ingest.WorkPublisher.Submission;
import dev.quire.platform.Sha256;
import dev.quire.story.StoryDocument;
import java.nio.charset.StandardCharsets;
import java.sql.SQLNonTransientConnectionException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files published together: one transaction when all is well, each alone when one fails. */
class ImportBatchTest {

  private final FakePublisher publisher = new FakePublisher();
  private final ImportBatch batch = new ImportBatch(publisher);

  /** Publishes by title: a title it was told to refuse fails, alone or in a batch. */
  private static final class FakePublisher extends WorkPublisher {
    final Map<String, Published> results = new HashMap<>();
    boolean batchesFail;
    boolean databaseGone;

    FakePublisher() {
      super(null, null, null, null, null, null, null, null);
    }

    @Override
    public Published publish(Submission submission) {
      if (databaseGone) {
        throw new IllegalStateException("could not execute statement",
            new SQLNonTransientConnectionException("The database has been closed"));
      }
      Published published = results.get(submission.title());
      if (published == null) {
        throw new IllegalStateException("constraint violated");
      }
      return published;
    }

    @Override
    public List<Published> publishAll(List<Submission> submissions) {
      if (batchesFail) {
        throw new IllegalStateException("constraint violated");
      }
      return submissions.stream().map(this::publish).toList();
    }
  }

  @Test
  void worksPublishedTogetherKeepTheOrderTheFilesCameIn() {
    Submission first = submission("first");
    Submission second = submission("second");
    publisher.results.put("first", new Published(1, false, List.of()));
    publisher.results.put("second", new Published(2, false, List.of("joined")));

    batch.add(ReadFile.toStore("a.html", first, List.of("title missing")));
    batch.add(FileOutcome.failed("b.txt", "empty"));
    batch.add(ReadFile.toStore("c.html", second, List.of()));
    List<FileOutcome> outcomes = batch.publish();

    assertThat(outcomes).extracting(FileOutcome::path).containsExactly("a.html", "b.txt", "c.html");
    assertThat(outcomes).extracting(FileOutcome::workId).containsExactly(1L, null, 2L);
    assertThat(outcomes.getFirst().flags()).containsExactly("title missing");
    assertThat(outcomes.getLast().flags()).containsExactly("joined");
  }

  @Test
  void whenTheBatchFailsABadFileFailsAloneAndTheOthersAreStillImported() {
    Submission good = submission("good");
    Submission bad = submission("bad");
    Submission alsoGood = submission("also good");
    publisher.batchesFail = true;
    publisher.results.put("good", new Published(1, false, List.of()));
    publisher.results.put("also good", new Published(3, false, List.of()));

    batch.add(ReadFile.toStore("good.html", good, List.of()));
    batch.add(ReadFile.toStore("bad.html", bad, List.of()));
    batch.add(ReadFile.toStore("also-good.html", alsoGood, List.of()));
    List<FileOutcome> outcomes = batch.publish();

    assertThat(outcomes).extracting(FileOutcome::status).containsExactly(
        FileOutcome.Status.IMPORTED, FileOutcome.Status.FAILED, FileOutcome.Status.IMPORTED);
    assertThat(outcomes.get(1).reason()).startsWith("internal error while importing")
        .as("the error's own words, which may quote SQL, stay in the log").doesNotContain("constraint violated");
    assertThat(outcomes).extracting(FileOutcome::workId).containsExactly(1L, null, 3L);
  }

  @Test
  void whenTheDatabaseIsGoneTheImportStopsInsteadOfFailingEveryFile() {
    publisher.batchesFail = true;
    publisher.databaseGone = true;

    batch.add(ReadFile.toStore("first.html", submission("first"), List.of()));
    batch.add(ReadFile.toStore("second.html", submission("second"), List.of()));

    assertThatThrownBy(batch::publish)
        .isInstanceOf(ImportStoppedException.class)
        .hasMessageContaining("first.html")
        .hasMessageContaining("The database has been closed")
        .hasMessageContaining("importing the same files again continues");
  }

  @Test
  void theBatchSaysWhenItHoldsTheSameBytesAndIsEmptyAfterPublishing() {
    Submission only = submission("only");
    publisher.results.put("only", new Published(5, false, List.of()));

    batch.add(ReadFile.toStore("only.html", only, List.of()));
    boolean heldBefore = batch.holds(only.original().sha256());
    batch.publish();

    assertThat(heldBefore).isTrue();
    assertThat(batch.holds(only.original().sha256())).isFalse();
    assertThat(batch.publish()).isEmpty();
  }

  private static Submission submission(String title) {
    byte[] bytes = title.getBytes(StandardCharsets.UTF_8);
    StoryDocument story = StoryDocument.builder().title(title)
        .chapter(new StoryDocument.StoryChapter(null, null, null, "<p>" + title + "</p>")).build();
    return new Submission(story, title, List.of(), new Original(title + ".html", "ao3-html", bytes, Sha256.hex(bytes)));
  }
}
