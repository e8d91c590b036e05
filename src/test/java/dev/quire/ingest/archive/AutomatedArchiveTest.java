package dev.quire.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.CreatorProfile;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomatedArchiveTest {

  @TempDir Path folder;

  @Test
  void readsEveryStoryOfTheDatabaseWithItsFileAsTheText() throws IOException {
    List<ArchivedStory> stories = stories(AutomatedArchiveBackup.write(folder));

    assertThat(stories).extracting(ArchivedStory::archiveStoryId).containsExactly(1L, 2L, 3L, 4L);
    StoryDocument tideClock = stories.get(0).story();
    assertThat(tideClock.title()).isEqualTo("The Tide Clock");
    assertThat(tideClock.creators()).containsExactly("Merrow Vance");
    assertThat(tideClock.profiles()).containsExactly(new CreatorProfile("Merrow Vance", null, "merrow@example.org"));
    assertThat(tideClock.summary()).isEqualTo("<p>A clockmaker's apprentice counts the tides.</p>");
    assertThat(tideClock.published()).isEqualTo(LocalDate.of(1999, 3, 14));
    assertThat(tideClock.chapters()).hasSize(1);
    assertThat(tideClock.chapters().getFirst().bodyHtml()).as("the page's body, not its head")
        .isEqualTo("<p>The clock had two hands and neither told the hour.</p>\n<p>Tam wound it at every low water.</p>");
    assertThat(stories.get(0).problems()).isEmpty();
  }

  @Test
  void placesTheTagFieldsUnderAo3Kinds() throws IOException {
    List<ArchivedStory> stories = stories(AutomatedArchiveBackup.write(folder));

    assertThat(stories.get(0).story().tags()).containsExactly(
        new AuthorTag(TagKind.RATING, "Teen And Up Audiences"),
        new AuthorTag(TagKind.WARNING, "Creator Chose Not To Use Archive Warnings"),
        new AuthorTag(TagKind.CATEGORY, "Gen"),
        new AuthorTag(TagKind.FANDOM, "Harbour Lights"),
        new AuthorTag(TagKind.CHARACTER, "Tam Ferris"),
        new AuthorTag(TagKind.CHARACTER, "Old Ida"),
        new AuthorTag(TagKind.FREEFORM, "Angst"),
        new AuthorTag(TagKind.FREEFORM, "Seaside"));
    assertThat(stories.get(1).story().tags()).contains(
        new AuthorTag(TagKind.WARNING, "Major Character Death"),
        new AuthorTag(TagKind.RELATIONSHIP, "Rue/Sol"),
        new AuthorTag(TagKind.RATING, "Not Rated"));
  }

  @Test
  void readsWindows1252TextInTheDatabaseAndTheStoryFiles() throws IOException {
    StoryDocument cafe = stories(AutomatedArchiveBackup.write(folder)).get(1).story();

    assertThat(cafe.title()).isEqualTo("Café Nights");
    assertThat(cafe.summary()).isEqualTo("<p>Two strangers share a table.<br>Then another.</p>");
    assertThat(cafe.published()).isEqualTo(LocalDate.of(2001, 11, 2));
    assertThat(cafe.chapters().getFirst().bodyHtml())
        .isEqualTo("<p>Rue ordered tea. It’s late, she said.</p><p>Sol stayed anyway.</p>");
  }

  @Test
  void aMissingStoryFileOrALinkFailsThatStoryAloneWithItsReason() throws IOException {
    List<ArchivedStory> stories = stories(AutomatedArchiveBackup.write(folder));

    assertThat(stories).extracting(ArchivedStory::readable).containsExactly(true, true, false, false);
    assertThat(stories.get(2).problems()).containsExactly("its story file is missing (looked for"
        + " vance_missing.html and archive/vance_missing.html beside ARCHIVE_DB.pl)");
    assertThat(stories.get(3).problems()).containsExactly("the story is only a link to another site"
        + " (http://example.net/elsewhere.html); the archive kept no text of it");
  }

  @Test
  void listsTheRatingsAndFieldsThatMapToNothing() throws IOException {
    AutomatedArchive archive = open(AutomatedArchiveBackup.write(folder));
    drain(archive);

    assertThat(archive.unmapped()).containsExactlyInAnyOrder(
        "rating 'Spicy' (AO3 has no such rating; read as Not Rated)",
        "field Season (Quire reads nothing from it; kept in each story's original)");
    assertThat(archive.authorCount()).isEqualTo(3);
    assertThat(archive.problems()).isEmpty();
  }

  @Test
  void theSameDatabaseGivesTheSameOriginalsAndStoryKeys() throws IOException {
    AutomatedArchiveBackup.write(folder);
    List<ArchivedStory> first = stories(folder);
    List<ArchivedStory> again = stories(folder);

    assertThat(again).extracting(ArchivedStory::record)
        .containsExactlyElementsOf(first.stream().map(ArchivedStory::record).toList());
    assertThat(again.get(0).story().installment()).isEqualTo(first.get(0).story().installment());
    assertThat(first.get(0).record()).contains("\"Title\":\"The Tide Clock\"").contains("Tam wound it");
  }

  @Test
  void aCutOffDatabaseKeepsTheStoriesBeforeTheCutAndFailsTheCutOne() throws IOException {
    String cut = AutomatedArchiveBackup.DATABASE.substring(0,
        AutomatedArchiveBackup.DATABASE.indexOf("Then another."));
    AutomatedArchive archive = open(AutomatedArchiveBackup.write(folder, cut));
    List<ArchivedStory> stories = drain(archive);

    assertThat(stories).extracting(ArchivedStory::archiveStoryId).containsExactly(1L, 2L);
    assertThat(stories.get(0).readable()).isTrue();
    assertThat(stories.get(1).readable()).isFalse();
    assertThat(stories.get(1).problems()).containsExactly("its entry cannot be read to its end: ARCHIVE_DB.pl"
        + " line 23, column 13: a value opened here is never closed (a quote is missing, or the file is cut off)");
  }

  @Test
  void aBrokenEntryLosesThatStoryAloneAndReadingGoesOnAtTheNext() throws IOException {
    String broken = AutomatedArchiveBackup.DATABASE.replace("Rating => 'Spicy',", "Rating => Spicy' oops,");
    List<ArchivedStory> stories = stories(AutomatedArchiveBackup.write(folder, broken));

    assertThat(stories).extracting(ArchivedStory::archiveStoryId).containsExactly(1L, 2L, 3L, 4L);
    assertThat(stories).extracting(ArchivedStory::readable).containsExactly(true, false, false, false);
    assertThat(stories.get(1).problems().getFirst()).startsWith("its entry cannot be read to its end: ARCHIVE_DB.pl line 24, column 17: expected ',' or '}' after the value of Rating");
    assertThat(stories.get(2).problems().getFirst()).startsWith("its story file is missing");
  }

  @Test
  void aFileThatIsNoPerlHashSaysSo() throws IOException {
    AutomatedArchive archive = open(AutomatedArchiveBackup.write(folder, "<html>not a database</html>"));

    assertThat(archive.storyCount()).isZero();
    assertThat(archive.problems()).singleElement().asString().startsWith(
        "ARCHIVE_DB.pl line 1, column 1: expected the hash of stories to open with '('")
        .contains("does not hold an Automated Archive's hash of stories");
  }

  @Test
  void readsPerlQuotingCommentsAndListsAsPerlDoes() throws IOException {
    String database = """
        %FILES = (
          '7' => { # a comment
            "Title" => 'It\\'s a \\\\ and a \\n',
            Author => "Dee \\"Quill\\" Marsh",
            Characters => ['Ash', "Brook"],
            Location => 'dee', FileType => html,
            Date => 1000000000,
          },
        );
        1;
        """;
    AutomatedArchiveBackup.write(folder, database);
    Files.writeString(folder.resolve("dee.html"), "<p>Text.</p>");
    StoryDocument story = stories(folder).getFirst().story();

    assertThat(story.title()).isEqualTo("It's a \\ and a \\n");
    assertThat(story.creators()).containsExactly("Dee \"Quill\" Marsh");
    assertThat(story.tags()).contains(new AuthorTag(TagKind.CHARACTER, "Ash"), new AuthorTag(TagKind.CHARACTER, "Brook"));
    assertThat(story.published()).isEqualTo(LocalDate.of(2001, 9, 9));
  }

  @Test
  void aLocationOutsideTheFolderIsNotRead() throws IOException {
    String database = AutomatedArchiveBackup.DATABASE.replace("'calder_cafe'", "'../calder_cafe'");
    ArchivedStory cafe = stories(AutomatedArchiveBackup.write(folder, database)).get(1);

    assertThat(cafe.problems()).containsExactly(
        "its Location '../calder_cafe' points outside the archive's folder; it is not read");
  }

  private static AutomatedArchive open(Path folder) {
    try {
      return AutomatedArchive.read(Files.readAllBytes(folder.resolve("ARCHIVE_DB.pl")), "ARCHIVE_DB.pl", folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ArchivedStory> stories(Path folder) {
    return drain(open(folder));
  }

  private static List<ArchivedStory> drain(AutomatedArchive archive) {
    List<ArchivedStory> stories = new ArrayList<>();
    archive.stories().forEachRemaining(stories::add);
    return stories;
  }
}
