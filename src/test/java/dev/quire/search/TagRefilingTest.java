package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.ArchiveTest;
import dev.quire.account.Role;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tag.Tags;
import dev.quire.wrangling.TagEdit;
import dev.quire.wrangling.WrangledTag;
import dev.quire.wrangling.Wrangling;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Re-filing in search after a wrangling change, when the works it moves fill several batches. */
class TagRefilingTest extends ArchiveTest {

  static final int WORKS = 2 * TagRefiling.BATCH + 50;

  @Autowired TagRefiling refiling;
  @Autowired Wrangling wrangling;
  @Autowired WorkPublisher publisher;
  @Autowired WorkQuery query;
  @Autowired TestAccounts accounts;
  @Autowired Tags tags;

  @Test
  void aSynonymOnMoreWorksThanOneBatchFindsThemAllUnderItsCanonicalTagOnceRefiled() {
    String marker = TestWorks.marker();
    String nickname = "Supes " + marker;
    String canonical = "Superman " + marker;
    publisher.publishAll(IntStream.range(0, WORKS).mapToObj(i -> TestWorks.submission(StoryDocument.builder()
        .title("Flight " + i + " " + marker).creator("Writer").tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.CHARACTER, nickname)
        .chapter(new StoryChapter(null, null, null, "<p>Up, up and away, " + marker + ".</p>")).build())).toList());
    Viewer wrangler = Viewer.of(accounts.create(Role.WRANGLER));
    tags.named(TagKind.CHARACTER, canonical);
    wrangling.change(wrangler, canonical, TagKind.CHARACTER, new TagEdit(true, null, null, null, null));

    wrangling.change(wrangler, nickname, TagKind.CHARACTER, new TagEdit(null, canonical, null, null, null));
    assertThat(found("character:\"" + canonical + "\"")).as("before re-filing").isZero();
    int written = 0;
    for (int run = refiling.refileWaiting(); run > 0; run = refiling.refileWaiting()) {
      written += run;
    }

    assertThat(written).isGreaterThanOrEqualTo(WORKS);
    assertThat(found("character:\"" + canonical + "\"")).isEqualTo(WORKS);
    WrangledTag refiled = wrangling.tag(wrangler, nickname, TagKind.CHARACTER);
    assertThat(refiled.works()).isEqualTo(WORKS);
    assertThat(refiled.refiles()).singleElement().satisfies(refile -> {
      assertThat(refile.total()).isEqualTo(WORKS);
      assertThat(refile.done()).isEqualTo(WORKS);
      assertThat(refile.finishedAt()).isNotNull();
    });
  }

  private long found(String q) {
    return query.search(Viewer.guest(), WorkSearch.of(q)).total();
  }
}
