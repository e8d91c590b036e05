package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** A quoted phrase finds works with its words in order, ranks them, and marks where it stands. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhraseSearchTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;

  final String marker = TestWorks.marker();
  long inTheText;
  long inTheTitle;
  long wordsApart;

  @BeforeAll
  void publishWorks() {
    inTheText = publish("Evening Chores",
        ("<p>The " + marker + " silver spoon lay on the table. </p>").repeat(30)
            + "<p>She lit the silver lantern at dusk.</p>");
    inTheTitle = publish("The Silver Lantern", "<p>A " + marker + " story about a lamp.</p>");
    wordsApart = publish("Apart", "<p>The " + marker + " lantern was old; the silver was new.</p>");
  }

  long publish(String title, String body) {
    return TestWorks.publish(publisher, StoryDocument.builder()
        .title(title).creator("Synthetic Writer").language("en")
        .tag(TagKind.FANDOM, "Phrases " + marker)
        .chapter(new StoryChapter(null, null, null, body))
        .build());
  }

  WorkHits find(String q) {
    return query.search(Viewer.guest(), WorkSearch.of(q + " " + marker));
  }

  @Test
  void findsOnlyWorksWithTheWordsInOrderAndRanksATitleMatchFirst() {
    assertThat(find("\"silver lantern\"").works()).extracting(WorkSummary::id)
        .containsExactly(inTheTitle, inTheText);
    assertThat(find("title:\"silver lantern\"").works()).extracting(WorkSummary::id)
        .containsExactly(inTheTitle);
  }

  @Test
  void aWholeParagraphQuotedFindsItsWork() {
    String paragraph = java.util.stream.IntStream.range(0, 150).mapToObj(i -> "word" + i)
        .collect(java.util.stream.Collectors.joining(" "));
    long quoted = publish("Quoted", "<p>" + marker + " " + paragraph + ".</p>");

    assertThat(find("\"" + paragraph + "\"").works()).extracting(WorkSummary::id).containsExactly(quoted);
  }

  @Test
  void passagesMarkThePhraseNotEachOfItsWords() {
    WorkHits hits = find("\"silver lantern\"");

    assertThat(hits.snippetsOf(inTheText))
        .anySatisfy(s -> assertThat(s).containsPattern("<mark>silver( lantern</mark>|</mark> <mark>lantern</mark>)"))
        .noneSatisfy(s -> assertThat(s).contains("<mark>silver</mark> spoon"));
  }
}
