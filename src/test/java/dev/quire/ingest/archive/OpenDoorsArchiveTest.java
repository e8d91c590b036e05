package dev.quire.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenDoorsArchiveTest {

  private static final List<String> CSV_FILES =
      List.of("authors.csv", "stories.csv", "chapters.csv", "tags.csv", "item_tags.csv");

  static Map<String, byte[]> csvArchive() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : CSV_FILES) {
      files.put(name, resource("/opendoors/csv/" + name));
    }
    return files;
  }

  static Map<String, byte[]> sqlArchive() {
    return Map.of("archive.sql", resource("/opendoors/sql/archive.sql"));
  }

  @Nested
  class TheSampleArchive {

    private final List<ArchivedStory> stories = read(csvArchive());

    @Test
    void readsTheSameStoriesFromCsvFilesAndFromTheDump() {
      // The records differ as the files do (CSV has empty strings where the dump has NULL);
      // what is read from them does not.
      assertThat(read(sqlArchive()))
          .extracting(ArchivedStory::archiveStoryId, ArchivedStory::story, ArchivedStory::problems)
          .isEqualTo(stories.stream()
              .map(s -> org.assertj.core.groups.Tuple.tuple(s.archiveStoryId(), s.story(), s.problems()))
              .toList());
    }

    @Test
    void keepsEachStorysOwnRowsAsItsRecord() {
      assertThat(stories.get(0).record())
          .startsWith("{\"story\":{\"id\":\"1\",\"title\":\"The Lighthouse Keeper's Promise\"")
          .contains("\"chapters\":[{\"id\":\"2\",\"position\":\"1\",\"title\":\"Arrival\"")
          .contains("\"authors\":[{\"id\":\"1\",\"name\":\"Maple Finch\"")
          .doesNotContain("Withdrawn Story");
      assertThat(read(csvArchive()).get(0).record()).isEqualTo(stories.get(0).record());
    }

    @Test
    void listsEveryStoryInIdOrder() {
      assertThat(stories).extracting(ArchivedStory::archiveStoryId).containsExactly(1L, 2L, 3L);
    }

    @Test
    void skipsTheStoryMarkedDoNotImport() {
      ArchivedStory withdrawn = stories.get(1);
      assertThat(withdrawn.story()).isNull();
      assertThat(withdrawn.doNotImport()).isTrue();
      assertThat(withdrawn.problems()).containsExactly("marked do not import");
    }

    @Test
    void reportsTheStoryWhoseAuthorIsMissing() {
      ArchivedStory orphan = stories.get(2);
      assertThat(orphan.readable()).isFalse();
      assertThat(orphan.problems()).containsExactly("author 99 is not in the authors table");
    }

    @Test
    void readsTheStorysMetadata() {
      StoryDocument story = stories.getFirst().story();
      assertThat(story.title()).isEqualTo("The Lighthouse Keeper's Promise");
      assertThat(story.creators()).containsExactly("Maple Finch");
      assertThat(story.summary()).isEqualTo("<p>A keeper, a storm; and a \"promise\".</p>");
      assertThat(story.notes()).isEqualTo("<p>Written for a winter exchange.</p>");
      assertThat(story.language()).isEqualTo("en");
      assertThat(story.published()).isEqualTo(LocalDate.of(2004, 7, 1));
      assertThat(story.updated()).isEqualTo(LocalDate.of(2004, 7, 24));
      assertThat(story.sourceUrl()).isEqualTo("http://archive.example.org/viewstory.php?sid=1");
      assertThat(story.chaptersExpected()).isEqualTo(2);
      assertThat(stories.getFirst().problems()).isEmpty();
    }

    @Test
    void ordersChaptersByPosition() {
      assertThat(stories.getFirst().story().chapters())
          .extracting(StoryChapter::title)
          .containsExactly("Arrival", "The Storm");
    }

    @Test
    void turnsPlainTextChaptersIntoEscapedParagraphs() {
      StoryChapter arrival = stories.getFirst().story().chapters().getFirst();
      assertThat(arrival.bodyHtml()).isEqualTo(
          "<p>The boat reached the island at dusk, late again.<br>The keeper waved.</p>"
              + "<p>Ada said \"hello\" &amp; grinned &lt;grin&gt;, then <i>ran</i>.</p>");
      assertThat(arrival.notes()).isEqualTo("<p>A note, \"quoted\".</p>");
    }

    @Test
    void keepsHtmlChaptersAsHtml() {
      StoryChapter storm = stories.getFirst().story().chapters().get(1);
      assertThat(storm.bodyHtml()).isEqualTo("<p>Rain hammered the glass.</p>\n"
          + "<p>She climbed the stairs, counting each one.</p>");
      assertThat(storm.endNotes()).isEqualTo("<p>Thanks for reading!</p>");
    }

    @Test
    void readsEveryTagUnderItsAo3Kind() {
      assertThat(stories.getFirst().story().tags()).containsExactly(
          new AuthorTag(TagKind.RATING, "Teen And Up Audiences"),
          new AuthorTag(TagKind.WARNING, "No Archive Warnings Apply"),
          new AuthorTag(TagKind.CATEGORY, "F/M"),
          new AuthorTag(TagKind.CATEGORY, "Gen"),
          new AuthorTag(TagKind.FANDOM, "Harbour Tales"),
          new AuthorTag(TagKind.FANDOM, "Harbour Tales (TV)"),
          new AuthorTag(TagKind.RELATIONSHIP, "Ada/Tom"),
          new AuthorTag(TagKind.RELATIONSHIP, "Ada Finch & Tom Reed"),
          new AuthorTag(TagKind.CHARACTER, "Ada Finch"),
          new AuthorTag(TagKind.FREEFORM, "Hurt/Comfort"),
          new AuthorTag(TagKind.FREEFORM, "Friendship"),
          new AuthorTag(TagKind.FREEFORM, "Violence"));
    }
  }

  @Nested
  class WithoutATagsTable {

    @Test
    void takesTagsFromTheStorysColumns() throws UnreadableFileException {
      Map<String, byte[]> files = minimal(
          "id,title,author_id,rating,warnings,categories,fandoms,characters,relationships,tags\n"
              + "1,Tide,1,NC-17,\"Major Character Death, Violence\",\"Slash, Harbour Tales\","
              + "Harbour Tales (TV),\"Ada Finch, Tom Reed\",Ada Finch/Tom Reed,\"Angst, Fluff\"\n");

      StoryDocument story = OpenDoorsArchive.read(files).getFirst().story();

      assertThat(story.tags()).containsExactly(
          new AuthorTag(TagKind.RATING, "Explicit"),
          new AuthorTag(TagKind.WARNING, "Major Character Death"),
          new AuthorTag(TagKind.CATEGORY, "M/M"),
          new AuthorTag(TagKind.FANDOM, "Harbour Tales"),
          new AuthorTag(TagKind.FANDOM, "Harbour Tales (TV)"),
          new AuthorTag(TagKind.RELATIONSHIP, "Ada Finch/Tom Reed"),
          new AuthorTag(TagKind.CHARACTER, "Ada Finch"),
          new AuthorTag(TagKind.CHARACTER, "Tom Reed"),
          new AuthorTag(TagKind.FREEFORM, "Violence"),
          new AuthorTag(TagKind.FREEFORM, "Angst"),
          new AuthorTag(TagKind.FREEFORM, "Fluff"));
    }
  }

  @Nested
  class OtherLayouts {

    @Test
    void readsPrefixedTablesAndAStoryTagsLinkTable() throws UnreadableFileException {
      String dump = """
          CREATE TABLE `od_authors` (`id` int, `name` varchar(255));
          INSERT INTO `od_authors` VALUES (1,'Maple Finch');
          CREATE TABLE `od_stories` (`id` int, `title` varchar(255), `authorId` int,
            `donotimport` tinyint, `rating` varchar(20));
          INSERT INTO `od_stories` VALUES (7,'Tide',1,0,'R');
          CREATE TABLE `od_chapters` (`ID` int, `Position` int, `Title` varchar(255),
            `Text` mediumtext, `StoryID` int);
          INSERT INTO `od_chapters` VALUES (1,1,'One','The tide turned.',7);
          CREATE TABLE `od_tags` (`id` int, `original_tag` varchar(255),
            `original_table` varchar(255));
          INSERT INTO `od_tags` VALUES (1,'Harbour Tales','fandoms'),(2,'Angst','tags');
          CREATE TABLE `od_story_tags` (`story_id` int, `tag_id` int);
          INSERT INTO `od_story_tags` VALUES (7,2),(7,1);
          """;

      StoryDocument story = OpenDoorsArchive.read(Map.of("od.sql", utf8(dump))).getFirst().story();

      assertThat(story.title()).isEqualTo("Tide");
      assertThat(story.chapters()).extracting(StoryChapter::title).containsExactly("One");
      assertThat(story.tags()).containsExactly(
          new AuthorTag(TagKind.RATING, "Mature"),
          new AuthorTag(TagKind.FANDOM, "Harbour Tales"),
          new AuthorTag(TagKind.FREEFORM, "Angst"));
    }

    @Test
    void readsATagsTableWhoseRowsNameTheirStory() throws UnreadableFileException {
      Map<String, byte[]> files = minimal("id,title,author_id\n1,Tide,1\n");
      files.put("tags.csv", utf8("id,storyid,original_tag,original_table\n"
          + "1,1,Ada Finch,characters\n2,2,Tom Reed,characters\n"));

      assertThat(OpenDoorsArchive.read(files).getFirst().story().tags())
          .containsExactly(new AuthorTag(TagKind.CHARACTER, "Ada Finch"));
    }
  }

  @Nested
  class Creators {

    @Test
    void creditsTheAuthorAndCoauthorOfTheOlderLayout() throws UnreadableFileException {
      Map<String, byte[]> files = minimal("id,title,authorId,coauthorId\n1,Tide,1,2\n");

      assertThat(OpenDoorsArchive.read(files).getFirst().story().creators())
          .containsExactly("Maple Finch", "Rowan Vale");
    }

    @Test
    void prefersTheAuthorsALinkTableNames() throws UnreadableFileException {
      Map<String, byte[]> files = minimal("id,title,author_id\n1,Tide,1\n");
      files.put("item_authors.csv",
          utf8("id,author_id,item_id,item_type\n1,2,1,story\n2,1,1,story\n3,1,9,story_link\n"));

      assertThat(OpenDoorsArchive.read(files).getFirst().story().creators())
          .containsExactly("Rowan Vale", "Maple Finch");
    }

    @Test
    void leavesOutAStoryWhoseAuthorIsMarkedDoNotImport() throws UnreadableFileException {
      Map<String, byte[]> files = minimal("id,title,author_id\n1,Tide,3\n");

      assertThat(OpenDoorsArchive.read(files).getFirst().problems())
          .containsExactly("author Quiet Reed (3) is marked do not import");
    }
  }

  @Nested
  class ProblemsOfOneStory {

    @Test
    void reportsAStoryWithoutChaptersAndReadsTheRest() throws UnreadableFileException {
      Map<String, byte[]> files = minimal("id,title,author_id\n1,Tide,1\n2,Empty,1\n");

      List<ArchivedStory> stories = OpenDoorsArchive.read(files);

      assertThat(stories.get(0).readable()).isTrue();
      assertThat(stories.get(1).story()).isNull();
      assertThat(stories.get(1).problems()).containsExactly("the story has no chapters");
    }

    @Test
    void readsAStoryWithAnUnreadableDateAndSaysSo() throws UnreadableFileException {
      Map<String, byte[]> files =
          minimal("id,title,author_id,date,rating\n1,Tide,1,31/12/2004,Adult\n");

      ArchivedStory story = OpenDoorsArchive.read(files).getFirst();

      assertThat(story.story().published()).isNull();
      assertThat(story.story().tags()).containsExactly(new AuthorTag(TagKind.RATING, "Not Rated"));
      assertThat(story.problems()).containsExactly(
          "rating 'Adult' is not one AO3 knows; read as Not Rated",
          "date: '31/12/2004' is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)");
    }

    @Test
    void leavesTheChapterCountUnknownForAStoryInProgress() throws UnreadableFileException {
      Map<String, byte[]> files = minimal("id,title,author_id,status\n1,Tide,1,WIP\n");

      assertThat(OpenDoorsArchive.read(files).getFirst().story().chaptersExpected()).isNull();
    }
  }

  @Nested
  class WholeArchiveFailures {

    @Test
    void failsWithoutAChaptersTable() {
      Map<String, byte[]> files = minimal("id,title,author_id\n1,Tide,1\n");
      files.remove("chapters.csv");

      assertThatThrownBy(() -> OpenDoorsArchive.read(files))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageStartingWith("the archive has no chapters table");
    }

    @Test
    void failsWhenATableIsGivenTwice() {
      Map<String, byte[]> files = new LinkedHashMap<>(csvArchive());
      files.putAll(sqlArchive());

      assertThatThrownBy(() -> OpenDoorsArchive.read(files))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessageContaining("the archive has two authors tables");
    }

    @Test
    void failsOnAMalformedDumpNamingTheLine() {
      String dump = "CREATE TABLE stories (id int, title text);\n"
          + "INSERT INTO stories VALUES (1,'Tide'),\n(2,'Never closed);\n";

      assertThatThrownBy(() -> OpenDoorsArchive.read(Map.of("broken.sql", utf8(dump))))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessage("broken.sql line 3, column 4: a string opened here is never closed "
              + "(unterminated quote)");
    }
  }

  @Nested
  class Detection {

    @Test
    void recognisesAFolderOfTableCsvFiles() {
      assertThat(OpenDoorsArchive.looksLikeArchive(
          Set.of("export/od_authors.csv", "export/od_stories.csv", "export/od_chapters.csv")))
          .isTrue();
      assertThat(OpenDoorsArchive.looksLikeArchive(Set.of("stories.csv", "chapters.csv")))
          .isFalse();
      assertThat(OpenDoorsArchive.looksLikeArchive(Set.of("story.txt", "cover.jpg"))).isFalse();
    }

    @Test
    void recognisesADumpByItsStatements() {
      assertThat(OpenDoorsArchive.looksLikeArchive(Set.of("archive.SQL"))).isTrue();
      assertThat(OpenDoorsArchive.looksLikeDump(resource("/opendoors/sql/archive.sql"))).isTrue();
      assertThat(OpenDoorsArchive.looksLikeDump(utf8("Chapter One\n\nIt was a dark night.")))
          .isFalse();
    }
  }

  @Nested
  class LargeAndOldFiles {

    @Test
    void readsADumpMuchLargerThanTheHeapItIsReadIn(@TempDir Path folder) throws Exception {
      // Read in a JVM whose whole heap is 16 MB: a 40 MB dump held whole would not fit in it.
      int stories = OpenDoorsDumpWriter.write(folder.resolve(OpenDoorsDumpWriter.FILE), 40L * 1024 * 1024);
      Process reader = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
          "-cp", System.getProperty("java.class.path"),
          OpenDoorsDumpWriter.class.getName(), "read", folder.toString())
          .redirectErrorStream(true)
          .start();
      String printed = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(reader.waitFor()).as(printed).isZero();
      assertThat(printed).contains(stories + " stories, " + 4L * stories + " chapters read, 0 unreadable");
    }

    @Test
    void readsWindows1252CsvFilesWithWindowsLineEndings() throws UnreadableFileException {
      Map<String, byte[]> files = minimal("");
      files.put("stories.csv", "id,title,author_id\r\n1,Caf\u00e9 \u2013 Tide,1\r\n"
          .getBytes(java.nio.charset.Charset.forName("windows-1252")));
      files.put("chapters.csv", "id,position,title,text,story_id\r\n1,1,,\"The tide\r\nturned.\",1\r\n"
          .getBytes(java.nio.charset.Charset.forName("windows-1252")));

      StoryDocument story = OpenDoorsArchive.read(files).getFirst().story();

      assertThat(story.title()).isEqualTo("Caf\u00e9 \u2013 Tide");
      assertThat(story.chapters().getFirst().bodyHtml()).doesNotContain("\r").contains("The tide");
    }
  }

  /** An archive of two authors (and one marked do not import), the given stories, one chapter. */
  private static Map<String, byte[]> minimal(String storiesCsv) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("authors.csv", utf8(
        "id,name,do_not_import\n1,Maple Finch,0\n2,Rowan Vale,0\n3,Quiet Reed,1\n"));
    files.put("stories.csv", utf8(storiesCsv));
    files.put("chapters.csv", utf8("id,position,title,text,story_id\n1,1,,The tide turned.,1\n"));
    return files;
  }

  private static List<ArchivedStory> read(Map<String, byte[]> files) {
    try {
      return OpenDoorsArchive.read(files);
    } catch (UnreadableFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String path) {
    try (InputStream in = OpenDoorsArchiveTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
