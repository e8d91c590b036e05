package dev.quire.posting;

import static dev.quire.posting.Postings.valid;
import static dev.quire.posting.Postings.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.work.Chapter;
import dev.quire.work.ChapterBody;
import dev.quire.work.Work;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A creator adds, revises, reorders and deletes chapters; the work's counts and search follow. */
class ChaptersTest extends ArchiveTest {

  @Autowired WorkPosting posting;
  @Autowired Postings postings;
  @Autowired TestAccounts accounts;
  @Autowired WorkQuery query;

  Viewer viewer;
  long workId;

  String noonWord;

  @BeforeEach
  void aWorkOfTwoChapters() {
    viewer = Viewer.of(accounts.create());
    noonWord = word();
    workId = posting.post(viewer, new NewWork(valid("Chapters " + word()).chaptersExpected(3).build(),
        List.of(ChapterText.plain("Morning", "One two three."), ChapterText.plain("Noon", "Four " + noonWord + ".")),
        false));
  }

  List<String> titles() {
    return postings.<List<String>>stored(workId, w -> w.getChapters().stream().map(Chapter::getTitle).toList());
  }

  List<Long> ids() {
    return postings.<List<Long>>stored(workId, w -> w.getChapters().stream().map(Chapter::getId).toList());
  }

  @Test
  void anAddedChapterComesLastAndItsWordsCount() {
    String word = word();
    posting.addChapter(viewer, workId, ChapterText.plain("Night", "Six " + word + "."));

    assertThat(titles()).containsExactly("Morning", "Noon", "Night");
    assertThat(postings.<String>stored(workId, Work::getChapterProgress)).isEqualTo("3/3");
    assertThat(postings.<Integer>stored(workId, Work::getWords)).isEqualTo(7);
    assertThat(query.search(Viewer.guest(), WorkSearch.of(word)).works()).extracting(s -> s.id()).containsExactly(workId);
  }

  @Test
  void aChapterReadBackFromTheDatabaseGivesTheIndexTheTextItWasPostedWith() {
    String posted = ChapterBody.of("<p>Four " + noonWord + ".</p>").text();

    // Loaded anew, as the index's rebuild and a cluster's indexing load it: read from the HTML.
    assertThat(postings.<String>stored(workId, w -> w.getChapters().get(1).getText())).isEqualTo(posted)
        .isEqualTo("Four " + noonWord + ".");
  }

  @Test
  void aChapterPastThePlannedCountRaisesIt() {
    posting.addChapter(viewer, workId, ChapterText.plain(null, "Three."));
    posting.addChapter(viewer, workId, ChapterText.plain(null, "Four."));

    assertThat(postings.<String>stored(workId, Work::getChapterProgress)).isEqualTo("4/4");
  }

  @Test
  void aRevisedChapterReplacesItsTextAndTheWorksWords() {
    long noon = ids().get(1);
    String middayWord = word();
    posting.reviseChapter(viewer, workId, noon, ChapterText.html("Midday", "<p>Four <em>five</em> six " + middayWord + ".</p>"));

    assertThat(titles()).containsExactly("Morning", "Midday");
    assertThat(postings.<Integer>stored(workId, Work::getWords)).isEqualTo(7);
    assertThat(query.search(Viewer.guest(), WorkSearch.of(middayWord)).works()).extracting(s -> s.id())
        .containsExactly(workId);
    assertThat(query.search(Viewer.guest(), WorkSearch.of(noonWord)).works()).isEmpty();
  }

  @Test
  void chaptersAreReorderedAsListed() {
    posting.addChapter(viewer, workId, ChapterText.plain("Night", "Six."));
    List<Long> ids = ids();

    posting.reorderChapters(viewer, workId, List.of(ids.get(2), ids.get(0), ids.get(1)));

    assertThat(titles()).containsExactly("Night", "Morning", "Noon");
    assertThat(postings.<List<Integer>>stored(workId, w -> w.getChapters().stream().map(Chapter::getPosition).toList()))
        .containsExactly(1, 2, 3);
  }

  @Test
  void anOrderThatMissesAChapterIsRefused() {
    List<Long> ids = ids();

    assertThatThrownBy(() -> posting.reorderChapters(viewer, workId, List.of(ids.get(1))))
        .isInstanceOf(PostingRefusedException.class);
    assertThat(titles()).containsExactly("Morning", "Noon");
  }

  @Test
  void aDeletedChapterTakesItsWordsAndTheLaterOnesMoveUp() {
    posting.addChapter(viewer, workId, ChapterText.plain("Night", "Six."));

    posting.deleteChapter(viewer, workId, ids().getFirst());

    assertThat(titles()).containsExactly("Noon", "Night");
    assertThat(postings.<List<Integer>>stored(workId, w -> w.getChapters().stream().map(Chapter::getPosition).toList()))
        .containsExactly(1, 2);
    assertThat(postings.<Integer>stored(workId, Work::getWords)).isEqualTo(3);
    assertThat(postings.<String>stored(workId, Work::getChapterProgress)).isEqualTo("2/3");
  }

  @Test
  void theLastChapterIsNotDeleted() {
    posting.deleteChapter(viewer, workId, ids().getFirst());

    assertThatThrownBy(() -> posting.deleteChapter(viewer, workId, ids().getFirst()))
        .isInstanceOf(PostingRefusedException.class);
  }

  @Test
  void aChapterOfAnotherWorkIsNotFound() {
    long other = posting.post(viewer, Postings.oneChapter(valid("Other").build(), "Text.", false));
    long foreign = postings.<Long>stored(other, w -> w.getChapters().getFirst().getId());

    assertThatThrownBy(() -> posting.deleteChapter(viewer, workId, foreign))
        .isInstanceOf(ChapterNotFoundException.class);
  }

  @Test
  void someoneElseChangesNoChapter() {
    Viewer other = Viewer.of(accounts.create());

    assertThatThrownBy(() -> posting.addChapter(other, workId, ChapterText.plain(null, "Mine now.")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> posting.deleteChapter(other, workId, ids().getFirst()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(titles()).containsExactly("Morning", "Noon");
  }
}
