package dev.quire.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.CreatorProfile;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EfictionArchiveTest {

  @Nested
  class AMysqldumpWithTableDefinitionsAndChapterFiles {

    private final Read read = read("classic");

    @Test
    void readsEveryStoryInIdOrderWithItsChaptersInTheirOrder() {
      assertThat(read.stories).extracting(ArchivedStory::archiveStoryId).containsExactly(1L, 2L, 3L, 4L);
      StoryDocument first = read.story(1);
      assertThat(first.title()).isEqualTo("Keeping the Light");
      assertThat(first.summary()).isEqualTo("<p>Ada learns the lamp.</p>");
      assertThat(first.notes()).isEqualTo("<p>Written for a winter exchange.</p>");
      assertThat(first.chapters()).extracting(StoryChapter::title)
          .containsExactly("The First Night", "The Second Night");
      assertThat(first.chapters().get(0).notes()).isEqualTo("<p>A note before we begin.</p>");
      assertThat(first.chapters().get(0).bodyHtml()).isEqualTo(
          "<p>The lamp was cold when Ada climbed the stair.</p><p>She struck the match and the room woke up.</p>");
      assertThat(first.chapters().get(1).endNotes()).isEqualTo("<p>Thank you for reading.</p>");
      assertThat(first.chapters().get(1).bodyHtml()).contains("the keeper <i>stayed</i>.");
    }

    @Test
    void mapsRatingCategoriesCharactersAndClassesToAo3Kinds() {
      assertThat(read.story(1).tags()).containsExactly(
          new AuthorTag(TagKind.RATING, "Explicit"),
          new AuthorTag(TagKind.WARNING, "Major Character Death"),
          new AuthorTag(TagKind.CATEGORY, "M/M"),
          new AuthorTag(TagKind.FANDOM, "The Lantern Keepers"),
          new AuthorTag(TagKind.RELATIONSHIP, "Ada Wren/Keeper Morrow"),
          new AuthorTag(TagKind.CHARACTER, "Ada Wren"),
          new AuthorTag(TagKind.CHARACTER, "Keeper Morrow"),
          new AuthorTag(TagKind.FREEFORM, "Harbour Years"),
          new AuthorTag(TagKind.FREEFORM, "Angst"));
    }

    @Test
    void aStoryWithoutWarningsHasTheCreatorChoseNotToWarn() {
      assertThat(read.story(2).tags()).containsExactly(
          new AuthorTag(TagKind.RATING, "General Audiences"),
          new AuthorTag(TagKind.WARNING, "Creator Chose Not To Use Archive Warnings"),
          new AuthorTag(TagKind.FANDOM, "Original Work"),
          new AuthorTag(TagKind.FREEFORM, "Mild Language"));
    }

    @Test
    void readsDatesCompletionAndSeriesInTheirOrder() {
      StoryDocument first = read.story(1);
      assertThat(first.published()).isEqualTo(LocalDate.of(2006, 1, 1));
      assertThat(first.updated()).isEqualTo(LocalDate.of(2007, 1, 1));
      assertThat(first.chaptersExpected()).isEqualTo(2);
      assertThat(read.story(2).chaptersExpected()).isNull();
      assertThat(first.series()).containsExactly(new SeriesPlace("Lamplight Cycle", 1));
      assertThat(read.story(3).series()).containsExactly(new SeriesPlace("Lamplight Cycle", 2));
      assertThat(first.sourceUrl()).isEqualTo("http://lantern.example.org/fiction/viewstory.php?sid=1");
      assertThat(first.installment().storyKey()).isEqualTo("efiction:lantern.example.org/fiction/story/1");
    }

    @Test
    void creditsCoauthorsAndKeepsEachAuthorsBioAndAddressButNeverTheirPassword() {
      assertThat(read.story(3).creators()).containsExactly("Quillfeather", "Tamsin Reed");
      assertThat(read.story(1).profiles()).containsExactly(new CreatorProfile("Quillfeather",
          "<p>Writes about lighthouses and the people who keep them.</p>", "quill@example.org"));
      assertThat(read.stories).allSatisfy(story ->
          assertThat(story.record()).doesNotContain("5f4dcc3b5aa765d61d8327deb882cf99"));
    }

    @Test
    void aMissingChapterFileFailsThatChapterVisiblyNotTheStory() {
      ArchivedStory story = read.stories.get(2);
      assertThat(story.readable()).isTrue();
      assertThat(story.story().chapters()).extracting(StoryChapter::title).containsExactly("Salt", "Fog");
      assertThat(story.story().chapters().get(1).bodyHtml()).isEqualTo(EfictionArchive.MISSING_TEXT);
      assertThat(story.problems()).contains("chapter 2 (id 14): its text is neither in the chapters table"
          + " nor in a story file (stories/1/14.txt); a notice stands in its place");
    }

    @Test
    void listsWhatMapsToNoTagInsteadOfDroppingIt() {
      assertThat(read.archive.unmapped()).containsExactlyInAnyOrder(
          "class id 99 (not in the classes table)",
          "rating 'Spicy' (AO3 has no such rating; read as Not Rated)");
      assertThat(read.story(3).tags()).contains(
          new AuthorTag(TagKind.RATING, "Not Rated"),
          new AuthorTag(TagKind.WARNING, "No Archive Warnings Apply"));
    }

    @Test
    void anUnvalidatedStoryIsADraft() {
      assertThat(read.story(4).draft()).isTrue();
      assertThat(read.story(1).draft()).isFalse();
    }

    @Test
    void theSameBackupGivesTheSameRecords() {
      assertThat(read("classic").stories).extracting(ArchivedStory::record)
          .isEqualTo(read.stories.stream().map(ArchivedStory::record).toList());
    }
  }

  @Nested
  class APhpMyAdminDumpWithoutTableDefinitionsInLatin1 {

    private final Read read = read("tablestore");

    @Test
    void readsTablesOfAnyPrefixInEfictionsColumnOrder() {
      assertThat(read.archive.problems()).isEmpty();
      assertThat(read.stories).extracting(ArchivedStory::archiveStoryId).containsExactly(20L, 21L);
      assertThat(read.story(20).chapters()).extracting(StoryChapter::title).containsExactly("Open", "Closed");
    }

    @Test
    void decodesLatin1AndRepairsDoubleEncodedText() {
      assertThat(read.story(20).title()).isEqualTo("The Café on the Corner");
      assertThat(read.story(20).creators()).containsExactly("Renée Vall");
      assertThat(read.story(20).summary()).isEqualTo("<p>It's a quiet place — mostly.</p>");
      assertThat(read.story(21).summary()).isEqualTo("<p>A Résumé of autumn.</p>");
      assertThat(read.story(21).chapters().getFirst().bodyHtml()).isEqualTo("<p>They ‘fell’ in a heap.</p>");
    }

    @Test
    void takesChapterTextFromTheTableWithItsEscapesAndBinaryValues() {
      assertThat(read.story(20).chapters()).extracting(StoryChapter::bodyHtml).containsExactly(
          "<p>The door said \"open\" and the kettle said nothing.</p><p>Renée poured.</p>",
          "<p>The chairs were up.</p>");
    }

    @Test
    void readsRatingsByNameAndDatesAsDays() {
      assertThat(read.story(20).tags()).contains(new AuthorTag(TagKind.RATING, "Teen And Up Audiences"),
          new AuthorTag(TagKind.FANDOM, "Orchard Tales"));
      assertThat(read.story(20).published()).isEqualTo(LocalDate.of(2005, 3, 4));
      assertThat(read.story(20).updated()).isEqualTo(LocalDate.of(2005, 4, 1));
      assertThat(read.story(21).published()).isNull();
      assertThat(read.archive.unmapped()).containsExactly(
          "rating 'Adult' (AO3 has no such rating; read as Not Rated)");
    }
  }

  @Nested
  class BadInput {

    @Test
    void aTruncatedDumpKeepsTheStoriesReadBeforeTheCutAndSaysWhere() {
      Read read = read("truncated");

      assertThat(read.stories).extracting(ArchivedStory::archiveStoryId).containsExactly(1L, 2L);
      assertThat(read.archive.problems()).singleElement().asString()
          .startsWith("cut-off.sql line 12, column ")
          .contains("never closed");
    }

    @Test
    void anInsertWithABrokenQuoteLosesOnlyItsOwnRows() {
      Read read = read("broken-quote");

      assertThat(read.stories).extracting(ArchivedStory::archiveStoryId).containsExactly(1L, 3L);
      assertThat(read.archive.problems()).singleElement().asString()
          .startsWith("broken.sql line 11, column ");
    }

    @Test
    void aStoryWithoutItsAuthorFailsAloneAndAChapterNamingAMissingAuthorIsCredited() {
      Read read = read("missing-author");

      assertThat(read.stories.get(0).readable()).isFalse();
      assertThat(read.stories.get(0).problems())
          .containsExactly("the story has no author in the authors table (uid 5)");
      assertThat(read.stories.get(1).readable()).isTrue();
      assertThat(read.stories.get(1).problems()).containsExactly("chapter 1 names author 9, who is not"
          + " in the authors table; it is credited to the story's authors");
    }

    @Test
    void anotherApplicationsDumpIsNoEfictionArchive() throws IOException {
      assertThat(EfictionArchive.looksLikeEfiction(Files.readAllBytes(folder("other-app").resolve("blog.sql"))))
          .isFalse();
      assertThat(EfictionArchive.looksLikeEfiction(Files.readAllBytes(folder("tablestore")
          .resolve("orchard-backup-2009-03-02.sql")))).isTrue();
    }
  }

  @Test
  void readsAGeneratedBackupThroughToItsLastStory(@org.junit.jupiter.api.io.TempDir Path folder)
      throws IOException {
    int written = EfictionBackupWriter.write(folder.resolve("big.sql"), 3 * 1024 * 1024);

    Read read = read(folder, "big");

    assertThat(read.archive.problems()).isEmpty();
    assertThat(read.stories).hasSize(written).allMatch(ArchivedStory::readable);
    assertThat(read.stories.getLast().story().chapters()).hasSize(4);
  }

  /** An archive read through, with its stories. */
  record Read(EfictionArchive archive, List<ArchivedStory> stories) {
    StoryDocument story(long id) {
      return stories.stream().filter(s -> s.archiveStoryId() == id).findFirst().orElseThrow().story();
    }
  }

  static Read read(String name) {
    return read(folder(name), name);
  }

  static Read read(Path folder, String name) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      Path dump = files.stream().filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow();
      List<Path> storyFiles = files.stream().filter(f -> EfictionArchive.isStoryFile(folder.relativize(f))).toList();
      try (EfictionArchive archive = EfictionArchive.open(dump, dump.getFileName().toString(), storyFiles,
          folder)) {
        List<ArchivedStory> stories = new ArrayList<>();
        archive.stories().forEachRemaining(stories::add);
        return new Read(archive, stories);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path folder(String name) {
    try {
      return Paths.get(EfictionArchiveTest.class.getResource("/efiction/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

}
