package dev.quire.ingest.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic MySQL dump of the Open Doors tables of about a given size, as mysqldump
 * writes one: table definitions, then extended INSERTs of up to 1 MB; stories of four 8 KB
 * chapters with two tags each, neutral words from a seeded generator, an accented title now and
 * then. For measuring reading and importing large archives:
 *
 * <pre>java -cp target/test-classes:target/classes dev.quire.ingest.archive.OpenDoorsDumpWriter DIR MEGABYTES</pre>
 *
 * <p>With {@code read DIR} instead, it reads the dump through {@link OpenDoorsArchive}, every story
 * built and let go, and prints what it read: the reader's own memory, without storing anything.
 */
public final class OpenDoorsDumpWriter {

  static final String FILE = "open-doors.sql";
  private static final String[] WORDS = ("the lamp harbour keeper night tide stair glass salt fog "
      + "light window door kettle orchard apple branch snow wind road letter quiet morning evening "
      + "river stone bridge field garden candle table chair book page ink paper boat rope shore").split(" ");
  private static final int CHAPTER_CHARS = 8_000;
  private static final int CHAPTERS_PER_STORY = 4;
  private static final int AUTHORS = 200;
  private static final int INSERT_CHARS = 1_000_000;

  private OpenDoorsDumpWriter() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("read")) {
      Summary read = read(Path.of(args[1]).resolve(FILE));
      System.out.println(read.stories() + " stories, " + read.chapters() + " chapters read, "
          + read.unreadable() + " unreadable");
      return;
    }
    Path folder = Path.of(args[0]);
    Files.createDirectories(folder);
    int stories = write(folder.resolve(FILE), Long.parseLong(args[1]) * 1024 * 1024);
    System.out.println(stories + " stories written to " + folder.resolve(FILE));
  }

  /** What reading a dump gave. */
  record Summary(int stories, long chapters, int unreadable) {}

  /** Reads the dump, each story built and let go. */
  static Summary read(Path dump) throws Exception {
    int stories = 0;
    int unreadable = 0;
    long chapters = 0;
    try (OpenDoorsArchive archive = OpenDoorsArchive.open(List.of(dump))) {
      for (Iterator<ArchivedStory> it = archive.stories(); it.hasNext(); stories++) {
        ArchivedStory story = it.next();
        if (story.readable()) {
          chapters += story.story().chapters().size();
        } else {
          unreadable++;
        }
      }
    }
    return new Summary(stories, chapters, unreadable);
  }

  /** Writes the dump; returns how many stories it holds. */
  static int write(Path dump, long bytes) throws IOException {
    int stories = (int) Math.max(1, bytes / ((long) CHAPTER_CHARS * CHAPTERS_PER_STORY));
    SplittableRandom random = new SplittableRandom(7);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("-- MySQL dump 10.13  Distrib 5.7.42, for Linux (x86_64)\n/*!40101 SET NAMES utf8mb4 */;\n\n");
      out.write("CREATE TABLE `authors` (`id` int(11), `name` varchar(255), `email` varchar(255), "
          + "`do_not_import` tinyint(1)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n");
      out.write("CREATE TABLE `stories` (`id` int(11), `title` varchar(255), `summary` text, `notes` text, "
          + "`author_id` int(11), `rating` varchar(255), `date` datetime, `updated` datetime, "
          + "`language_code` varchar(5), `do_not_import` tinyint(1), `complete` enum('0','1')) "
          + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n");
      out.write("CREATE TABLE `chapters` (`id` int(11), `position` bigint(22), `title` varchar(255), "
          + "`text` mediumtext, `story_id` int(11), `notes` text) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n");
      out.write("CREATE TABLE `tags` (`id` int(11), `original_tag` varchar(1024), `original_type` varchar(255)) "
          + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n");
      out.write("CREATE TABLE `item_tags` (`id` int(11), `item_id` int(11), `item_type` varchar(20), "
          + "`tag_id` int(11)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n");
      Inserts authors = new Inserts(out, "authors");
      for (int id = 1; id <= AUTHORS; id++) {
        authors.row("(" + id + ",'Writer " + id + "','writer" + id + "@example.org',0)");
      }
      authors.end();
      Inserts tags = new Inserts(out, "tags");
      for (int id = 1; id <= 20; id++) {
        tags.row("(" + id + ",'Fandom " + id + "','fandoms')");
      }
      tags.row("(21,'Gen','categories')");
      tags.end();
      Inserts rows = new Inserts(out, "stories");
      for (int id = 1; id <= stories; id++) {
        String title = id % 10 == 0 ? "Café Story " + id : "Story " + id;
        rows.row("(" + id + ",'" + title + "','A summary of story " + id + ".',NULL," + (1 + id % AUTHORS)
            + ",'General Audiences','2006-01-0" + (1 + id % 9) + " 10:00:00',NULL,'en',0,'" + (id % 2) + "')");
      }
      rows.end();
      Inserts links = new Inserts(out, "item_tags");
      for (int id = 1; id <= stories; id++) {
        links.row("(" + (2 * id - 1) + "," + id + ",'story'," + (1 + id % 20) + ")");
        links.row("(" + (2 * id) + "," + id + ",'story',21)");
      }
      links.end();
      Inserts chapters = new Inserts(out, "chapters");
      int chapterId = 0;
      for (int id = 1; id <= stories; id++) {
        for (int n = 1; n <= CHAPTERS_PER_STORY; n++) {
          chapters.row("(" + (++chapterId) + "," + n + ",'Chapter " + n + "','" + prose(random) + "'," + id + ",NULL)");
        }
      }
      chapters.end();
    }
    return stories;
  }

  private static String prose(SplittableRandom random) {
    StringBuilder text = new StringBuilder(CHAPTER_CHARS + 64);
    while (text.length() < CHAPTER_CHARS) {
      int sentence = 6 + random.nextInt(12);
      for (int i = 0; i < sentence; i++) {
        text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      text.append(random.nextInt(6) == 0 ? ".\\n\\n" : ". ");
    }
    return text.toString();
  }

  /** Extended INSERTs of one table, each up to {@value #INSERT_CHARS} characters. */
  private static final class Inserts {
    private final Writer out;
    private final String table;
    private long length = -1;

    Inserts(Writer out, String table) {
      this.out = out;
      this.table = table;
    }

    void row(String values) throws IOException {
      if (length < 0 || length > INSERT_CHARS) {
        end();
        out.write("INSERT INTO `" + table + "` VALUES ");
        length = 0;
      } else {
        out.write(',');
      }
      out.write(values);
      length += values.length();
    }

    void end() throws IOException {
      if (length >= 0) {
        out.write(";\n");
      }
      length = -1;
    }
  }
}
