package dev.quire.posting;

import static dev.quire.posting.Postings.oneChapter;
import static dev.quire.posting.Postings.valid;
import static dev.quire.posting.Postings.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.account.Viewer;
import dev.quire.search.WorkQuery;
import dev.quire.search.WorkSearch;
import dev.quire.work.WorkSummary;
import dev.quire.tag.Tag;
import dev.quire.tag.TagKind;
import dev.quire.work.CommentPermission;
import dev.quire.work.Creator;
import dev.quire.work.Visibility;
import dev.quire.work.WorkNotFoundException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Posting a work through the one operation the form and the API share, and AO3's rules for it. */
class WorkPostingTest extends ArchiveTest {

  @Autowired WorkPosting posting;
  @Autowired Postings postings;
  @Autowired TestAccounts accounts;
  @Autowired WorkQuery query;

  Account writer;
  Viewer viewer;

  @BeforeEach
  void writer() {
    writer = accounts.create();
    viewer = Viewer.of(writer);
  }

  List<Long> found(String word) {
    return query.search(Viewer.guest(), WorkSearch.of(word)).works().stream().map(WorkSummary::id).toList();
  }

  @Test
  void aPostedWorkIsCreditedToTheDefaultPseudAndFoundAtOnce() {
    String word = word();
    long id = posting.post(viewer, oneChapter(valid("Tea " + word).build(), "They drank tea.", false));

    assertThat(found(word)).containsExactly(id);
    assertThat(postings.<List<String>>stored(id, w -> w.getCreators().stream().map(Creator::getName).toList()))
        .containsExactly(writer.getUserName());
    assertThat(postings.<Visibility>stored(id, w -> w.getVisibility())).isEqualTo(Visibility.PUBLISHED);
  }

  @Test
  void aWorkKeepsEveryFieldItWasPostedWith() {
    WorkFields fields = valid("Fields " + word())
        .rating("Teen And Up Audiences")
        .warnings(List.of("Creator Chose Not To Use Archive Warnings"))
        .categories(List.of("Gen"))
        .fandoms(List.of("Folk Tales", "Original Work"))
        .relationships(List.of("Baker & Miller"))
        .characters(List.of("Baker", "Miller"))
        .freeforms(List.of("Bread", "Friendship"))
        .summary("<p>Two friends bake.</p>")
        .notes("<p>Written for a prompt.</p>")
        .endNotes("<p>Thanks for reading.</p>")
        .language("en")
        .chaptersExpected(3)
        .restricted(true)
        .commentPermission(CommentPermission.REGISTERED)
        .build();
    long id = posting.post(viewer, oneChapter(fields, "Flour everywhere.", false));

    WorkFields stored = posting.fields(viewer, id);
    assertThat(stored.toBuilder().pseuds(List.of()).build())
        .isEqualTo(fields.toBuilder().summary("<p>Two friends bake.</p>").build());
    assertThat(stored.pseuds()).containsExactly(writer.getUserName());
    assertThat(postings.<String>stored(id, w -> w.getChapterProgress())).isEqualTo("1/3");
  }

  @Test
  void aWorkWithoutAPlannedChapterCountShowsAQuestionMark() {
    long id = posting.post(viewer, oneChapter(valid("Open " + word()).build(), "Begun.", false));

    assertThat(postings.<String>stored(id, w -> w.getChapterProgress())).isEqualTo("1/?");
  }

  @Test
  void aDraftIsNeverFoundAndAStrangerIsToldItDoesNotExist() {
    String word = word();
    long id = posting.post(viewer, oneChapter(valid("Draft " + word).build(), "Not yet.", true));

    assertThat(found(word)).isEmpty();
    Viewer stranger = Viewer.of(accounts.create());
    assertThatThrownBy(() -> posting.fields(stranger, id)).isInstanceOf(WorkNotFoundException.class);
    assertThatThrownBy(() -> posting.fields(Viewer.guest(), id)).isInstanceOf(WorkNotFoundException.class);
    assertThat(posting.fields(viewer, id).title()).isEqualTo("Draft " + word);
  }

  @Test
  void aPublishedDraftIsFoundFromThen() {
    String word = word();
    long id = posting.post(viewer, oneChapter(valid("Later " + word).build(), "Ready now.", true));

    posting.publish(viewer, id);

    assertThat(found(word)).containsExactly(id);
    assertThatThrownBy(() -> posting.publish(viewer, id)).isInstanceOf(PostingRefusedException.class);
  }

  @Test
  void aGuestOrASuspendedAccountPostsNothing() {
    NewWork work = oneChapter(valid("Nobody " + word()).build(), "Text.", false);
    Account suspended = accounts.create();
    Viewer suspendedViewer = new Viewer(suspended.getId(), suspended.getUserName(), suspended.getRoles(), true);

    assertThatThrownBy(() -> posting.post(Viewer.guest(), work)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> posting.post(suspendedViewer, work)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void someoneElseMayReadButNotEditDeleteOrOrphanAWork() {
    long id = posting.post(viewer, oneChapter(valid("Mine " + word()).build(), "Text.", false));
    Viewer other = Viewer.of(accounts.create());

    assertThatThrownBy(() -> posting.fields(other, id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> posting.update(other, id, valid("Theirs").build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> posting.delete(other, id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> posting.orphan(other, id, false)).isInstanceOf(AccessDeniedException.class);
    assertThat(postings.<String>stored(id, w -> w.getTitle())).startsWith("Mine ");
  }

  @Test
  void ratingArchiveWarningsAndFandomAreRequired() {
    WorkFields bare = WorkFields.builder().title("Bare").build();

    assertThatThrownBy(() -> posting.post(viewer, oneChapter(bare, "Text.", false)))
        .isInstanceOfSatisfying(PostingRefusedException.class, refused -> assertThat(refused.problems())
            .containsOnlyKeys("rating", "warnings", "fandoms")
            .containsEntry("rating", "Rating is required.")
            .containsEntry("fandoms", "Fandom is required."));
  }

  @Test
  void aTitleIsRequiredAndAtMost255Characters() {
    assertThat(problems(valid(" ").build())).containsOnlyKeys("title");
    assertThat(problems(valid("t".repeat(256)).build())).containsOnlyKeys("title");
    assertThat(problems(valid("t".repeat(255)).build())).isEmpty();
  }

  @Test
  void creatorChoseNotToUseArchiveWarningsIsAWarningButAnInventedOneIsNot() {
    assertThat(problems(valid("W").warnings(List.of("Creator Chose Not To Use Archive Warnings")).build()))
        .isEmpty();
    assertThat(problems(valid("W").warnings(List.of("Mild Peril")).build())).containsOnlyKeys("warnings");
    assertThat(problems(valid("W").rating("Suitable For All").build())).containsOnlyKeys("rating");
  }

  @Test
  void tagsWithAo3sForbiddenCharactersAreRefused() {
    for (String character : List.of(",", "^", "*", "<", ">", "{", "}", "=", "`", "\\", "%")) {
      assertThat(problems(valid("T").freeforms(List.of("odd " + character + " tag")).build()))
          .as(character)
          .containsOnlyKeys("freeforms")
          .extractingByKey("freeforms").asString().contains("cannot include " + character);
    }
    assertThat(problems(valid("T").characters(List.of("<script>")).build())).containsOnlyKeys("characters");
  }

  @Test
  void aTagOver150CharactersIsRefused() {
    assertThat(problems(valid("T").relationships(List.of("r".repeat(151))).build()))
        .containsOnlyKeys("relationships");
    assertThat(problems(valid("T").relationships(List.of("r".repeat(150))).build())).isEmpty();
  }

  @Test
  void moreThan75TagsAreRefused() {
    List<String> tags = IntStream.rangeClosed(1, 75).mapToObj(i -> "Tag " + i).toList();

    assertThat(problems(valid("T").freeforms(tags.subList(0, 74)).build())).isEmpty();
    assertThat(problems(valid("T").freeforms(tags).build())).containsOnlyKeys("freeforms")
        .extractingByKey("freeforms").asString().contains("76");
  }

  @Test
  void aChapterOverTheSizeLimitIsRefusedAndNothingIsStored() {
    String word = word();
    int limit = posting.maxChapterCharacters();
    NewWork tooLong = oneChapter(valid("Long " + word).build(), word + " " + "x".repeat(limit), false);

    assertThatThrownBy(() -> posting.post(viewer, tooLong))
        .isInstanceOfSatisfying(PostingRefusedException.class, refused -> assertThat(refused.problems())
            .containsOnlyKeys("chapters[0].text"));
    assertThat(found(word)).isEmpty();
  }

  @Test
  void scriptIsCleanedFromEveryFieldAsFromImports() {
    WorkFields fields = valid("Safe " + word())
        .summary("<p onclick=\"steal()\">Calm.</p><script>steal()</script>")
        .notes("<a href=\"javascript:steal()\">link</a>")
        .build();
    NewWork work = new NewWork(fields,
        List.of(ChapterText.html("<b>One</b>", "<p>Quiet.</p><iframe src=\"x\"></iframe><script>x()</script>")),
        false);
    long id = posting.post(viewer, work);

    assertThat(postings.<String>stored(id, w -> w.getSummary())).isEqualTo("<p>Calm.</p>");
    assertThat(postings.<String>stored(id, w -> w.getNotes())).doesNotContain("javascript");
    assertThat(postings.<String>stored(id, w -> w.getChapters().getFirst().getBody())).isEqualTo("<p>Quiet.</p>");
  }

  @Test
  void plainTextBecomesParagraphsWithItsLineBreaksKept() {
    NewWork work = new NewWork(valid("Plain " + word()).build(),
        List.of(ChapterText.plain(null, "First line\nsecond line\n\nNew <paragraph> & more\r\n")), false);
    long id = posting.post(viewer, work);

    assertThat(postings.<String>stored(id, w -> w.getChapters().getFirst().getBody()))
        .isEqualTo("<p>First line<br>second line</p><p>New &lt;paragraph&gt; &amp; more</p>");
    assertThat(postings.<Integer>stored(id, w -> w.getWords())).isEqualTo(7);
  }

  @Test
  void typedTagsReuseTheArchivesSpellingAndNewOnesAreMade() {
    String fandom = "Fandom " + word();
    posting.post(viewer, oneChapter(valid("First").fandoms(List.of(fandom)).build(), "One.", false));
    long second = posting.post(viewer,
        oneChapter(valid("Second").fandoms(List.of(fandom.toUpperCase())).build(), "Two.", false));

    assertThat(postings.<List<String>>stored(second, w -> w.tagsOf(TagKind.FANDOM).stream().map(Tag::getName).toList()))
        .containsExactly(fandom);
  }

  @Test
  void editingChangesTheFieldsAndTagsAndSearchFollows() {
    String before = word();
    String after = word();
    long id = posting.post(viewer, oneChapter(valid("Old " + before).freeforms(List.of("Old Tag")).build(),
        "Text.", false));

    posting.update(viewer, id, posting.fields(viewer, id).toBuilder()
        .title("New " + after).freeforms(List.of("New Tag")).build());

    assertThat(found(before)).isEmpty();
    assertThat(found(after)).containsExactly(id);
    assertThat(posting.fields(viewer, id).freeforms()).containsExactly("New Tag");
  }

  @Test
  void anEditThatBreaksARuleChangesNothing() {
    long id = posting.post(viewer, oneChapter(valid("Kept " + word()).build(), "Text.", false));

    assertThatThrownBy(() -> posting.update(viewer, id,
        posting.fields(viewer, id).toBuilder().title("Changed").fandoms(List.of()).build()))
        .isInstanceOf(PostingRefusedException.class);
    assertThat(postings.<String>stored(id, w -> w.getTitle())).startsWith("Kept ");
  }

  @Test
  void aWorkIsCreditedToThePseudsChosenButNeverToAnotherAccounts() {
    long id = posting.post(viewer, oneChapter(valid("Pseud " + word()).build(), "Text.", false));
    Account other = accounts.create();

    assertThat(problems(valid("P").pseuds(List.of(other.getUserName())).build())).containsOnlyKeys("pseuds");
    assertThat(postings.<Boolean>stored(id, w -> w.isCreditedTo(writer.getId()))).isTrue();
  }

  @Test
  void aWorkJoinsASeriesAtTheNextPlaceOrTheOneChosen() {
    String series = "Series " + word();
    long first = posting.post(viewer, oneChapter(valid("One").series(new SeriesChoice(series, null)).build(),
        "Text.", false));
    long second = posting.post(viewer, oneChapter(valid("Two").series(new SeriesChoice(series, null)).build(),
        "Text.", false));

    assertThat(posting.fields(viewer, first).series()).isEqualTo(new SeriesChoice(series, 1));
    assertThat(posting.fields(viewer, second).series()).isEqualTo(new SeriesChoice(series, 2));
    assertThat(problems(valid("Three").series(new SeriesChoice(series, 2)).build())).containsOnlyKeys("series");

    posting.update(viewer, second, posting.fields(viewer, second).toBuilder()
        .series(new SeriesChoice(series, 5)).build());
    assertThat(posting.fields(viewer, second).series()).isEqualTo(new SeriesChoice(series, 5));
  }

  @Test
  void someoneElsesSeriesIsNotJoined() {
    String series = "Series " + word();
    posting.post(viewer, oneChapter(valid("One").series(new SeriesChoice(series, null)).build(), "Text.", false));
    Viewer other = Viewer.of(accounts.create());

    assertThatThrownBy(() -> posting.post(other,
        oneChapter(valid("Two").series(new SeriesChoice(series, null)).build(), "Text.", false)))
        .isInstanceOfSatisfying(PostingRefusedException.class,
            refused -> assertThat(refused.problems()).containsOnlyKeys("series"));
  }

  @Test
  void aDeletedWorkIsGoneFromTheArchiveAndSearch() {
    String word = word();
    long id = posting.post(viewer, oneChapter(valid("Gone " + word)
        .series(new SeriesChoice("Series " + word, null)).build(), "Text.", false));

    posting.delete(viewer, id);

    assertThat(found(word)).isEmpty();
    assertThatThrownBy(() -> posting.fields(viewer, id)).isInstanceOf(WorkNotFoundException.class);
  }

  @Test
  void theChapterCountCannotBePlannedBelowTheChaptersPosted() {
    NewWork two = new NewWork(valid("Two").chaptersExpected(1).build(),
        List.of(ChapterText.plain(null, "One."), ChapterText.plain(null, "Two.")), false);

    assertThatThrownBy(() -> posting.post(viewer, two))
        .isInstanceOfSatisfying(PostingRefusedException.class,
            refused -> assertThat(refused.problems()).containsOnlyKeys("chaptersExpected"));
  }

  @Test
  void aChapterNeedsText() {
    assertThatThrownBy(() -> posting.post(viewer, oneChapter(valid("Empty").build(), "  ", false)))
        .isInstanceOfSatisfying(PostingRefusedException.class,
            refused -> assertThat(refused.problems()).containsOnlyKeys("chapters[0].text"));
  }

  private java.util.Map<String, String> problems(WorkFields fields) {
    try {
      posting.post(viewer, oneChapter(fields, "Text.", true));
      return java.util.Map.of();
    } catch (PostingRefusedException refused) {
      return refused.problems();
    }
  }
}
