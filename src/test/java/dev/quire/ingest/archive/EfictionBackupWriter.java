package dev.quire.ingest.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic eFiction 3.5 backup of about a given size, as mysqldump writes one: table
 * definitions, then extended INSERTs of up to 1 MB, chapter texts in {@code storytext}, neutral
 * words from a seeded generator. For measuring reading and importing large archives:
 *
 * <pre>java -cp target/test-classes:target/classes dev.quire.ingest.archive.EfictionBackupWriter DIR MEGABYTES</pre>
 *
 * <p>With {@code read DIR} instead, it reads the backup through {@link EfictionArchive}, every story
 * built and let go, and prints what it read: the reader's own memory, without storing anything.
 */
public final class EfictionBackupWriter {

  private static final String[] WORDS = ("the lamp harbour keeper night tide stair glass salt fog "
      + "light window door kettle orchard apple branch snow wind road letter quiet morning evening "
      + "river stone bridge field garden candle table chair book page ink paper boat rope shore").split(" ");
  private static final int CHAPTER_CHARS = 8_000;
  private static final int CHAPTERS_PER_STORY = 4;
  private static final int AUTHORS = 500;
  private static final int INSERT_CHARS = 1_000_000;

  private EfictionBackupWriter() {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("read")) {
      Path dump = Path.of(args[1]).resolve("efiction-backup.sql");
      long chapters = 0;
      int stories = 0;
      try (EfictionArchive archive = EfictionArchive.open(dump, "efiction-backup.sql", java.util.List.of(),
          dump.getParent())) {
        for (var it = archive.stories(); it.hasNext(); stories++) {
          chapters += it.next().story().chapters().size();
        }
        System.out.println(stories + " stories, " + chapters + " chapters read; problems: " + archive.problems());
      }
      return;
    }
    Path folder = Path.of(args[0]);
    long megabytes = Long.parseLong(args[1]);
    Files.createDirectories(folder);
    int stories = write(folder.resolve("efiction-backup.sql"), megabytes * 1024 * 1024);
    System.out.println(stories + " stories written to " + folder.resolve("efiction-backup.sql"));
  }

  /** Writes the dump; returns how many stories it holds. */
  static int write(Path dump, long bytes) throws IOException {
    int stories = (int) Math.max(1, bytes / ((long) CHAPTER_CHARS * CHAPTERS_PER_STORY));
    SplittableRandom random = new SplittableRandom(7);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("-- MySQL dump 10.13  Distrib 5.7.42, for Linux (x86_64)\n/*!40101 SET NAMES utf8 */;\n\n");
      create(out, "fanfiction_authors", EfictionDump.COLUMNS.get("authors"));
      create(out, "fanfiction_categories", EfictionDump.COLUMNS.get("categories"));
      create(out, "fanfiction_ratings", EfictionDump.COLUMNS.get("ratings"));
      create(out, "fanfiction_chapters", EfictionDump.COLUMNS.get("chapters"));
      create(out, "fanfiction_stories", EfictionDump.COLUMNS.get("stories"));
      Inserts authors = new Inserts(out, "fanfiction_authors");
      for (int uid = 1; uid <= AUTHORS; uid++) {
        authors.row("(" + uid + ",'Writer " + uid + "','','writer" + uid + "@example.org','','A bio.','',0,0,'x')");
      }
      authors.end();
      Inserts categories = new Inserts(out, "fanfiction_categories");
      for (int catid = 1; catid <= 20; catid++) {
        categories.row("(" + catid + ",-1,'Fandom " + catid + "','','',0,0," + catid + ",0)");
      }
      categories.end();
      out.write("INSERT INTO `fanfiction_ratings` VALUES (1,'G',0,''),(2,'PG-13',0,''),(3,'R',0,''),(4,'NC-17',1,'');\n");
      Inserts chapters = new Inserts(out, "fanfiction_chapters");
      int chapid = 0;
      for (int sid = 1; sid <= stories; sid++) {
        int uid = 1 + (sid % AUTHORS);
        for (int n = 1; n <= CHAPTERS_PER_STORY; n++) {
          chapters.row("(" + (++chapid) + ",'Chapter " + n + "'," + n + ",'','" + prose(random)
              + "',NULL,1,0,0,0," + sid + "," + uid + ",0)");
        }
      }
      chapters.end();
      Inserts rows = new Inserts(out, "fanfiction_stories");
      for (int sid = 1; sid <= stories; sid++) {
        rows.row("(" + sid + ",'Story " + sid + "','A summary of story " + sid + ".','','" + (1 + sid % 20)
            + "','','0','" + (1 + sid % 4) + "'," + (1136073600L + sid * 3600L) + "," + (1136073600L + sid * 7200L)
            + "," + (1 + (sid % AUTHORS)) + ",'0',0,1," + (sid % 2) + ",0,0,0,0,0,'0')");
      }
      rows.end();
    }
    return stories;
  }

  private static void create(Writer out, String table, java.util.List<String> columns) throws IOException {
    out.write("DROP TABLE IF EXISTS `" + table + "`;\nCREATE TABLE `" + table + "` (\n");
    for (String column : columns) {
      out.write("  `" + column + "` text,\n");
    }
    out.write("  PRIMARY KEY (`" + columns.getFirst() + "`)\n) ENGINE=MyISAM DEFAULT CHARSET=utf8;\n\n");
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
