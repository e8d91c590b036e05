package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a whole archive handed over to Open Doors: the tables {@code stories}, {@code chapters}
 * and {@code authors}, optionally {@code tags} with {@code item_tags} or {@code story_tags}, and
 * optionally {@code item_authors}, {@code story_authors} or {@code coauthors} for several
 * creators. The tables come as {@code NAME.csv} files (a header row, then RFC 4180 records) or
 * inside one or more MySQL {@code .sql} dumps; a table name may carry a prefix ({@code
 * od_stories}). Columns are matched ignoring case and underscores, so both the current layout
 * ({@code author_id}, {@code do_not_import}) and the older one ({@code authorId}, {@code
 * donotimport}) read.
 *
 * <p>Per story: title, summary, notes, {@code language_code}, {@code url} (the source URL),
 * {@code date} (published) and {@code updated} ({@code YYYY-MM-DD[ HH:MM:SS]}; the zero date is no
 * date), creators from {@code author_id} and {@code coauthor_id} unless a link table names them,
 * chapters by {@code story_id} in {@code position} order (then id) with their title, notes and
 * end notes, and tags as {@link ArchiveTagMapper} places them. Prose fields become HTML as
 * {@link ArchiveText} describes. A story is complete, and its expected chapter count its number of
 * chapters, when its {@code complete}, {@code completed} or {@code status} column says so; else the
 * count is unknown. Chapters of stories the archive does not list, and the {@code story_links}
 * (bookmarks) table, are not read.
 *
 * <p>The tables are streamed, whatever their size: the rows of {@code stories} and {@code chapters}
 * wait in a temporary file with only their ids held, the other tables are held, and each story
 * is built when it is reached ({@link #stories()}), its chapters read back then. Close the archive
 * to delete the temporary file. Not thread-safe.
 */
public final class OpenDoorsArchive implements Closeable {

  /** How many leading bytes of a file {@link #looksLikeDump} needs at most. */
  public static final int DUMP_HEAD_BYTES = 64 * 1024;

  private static final List<String> REQUIRED_TABLES = List.of("stories", "chapters", "authors");

  private final ChapterSpill spill;
  private final ArchiveTables tables;
  private final TreeMap<Long, SpilledRows.Ref> storiesById;
  private final StoryAssembler assembler;

  private OpenDoorsArchive(ChapterSpill spill, ArchiveTables tables) throws UnreadableFileException {
    this.spill = spill;
    this.tables = tables;
    this.storiesById = storiesById(tables);
    this.assembler = new StoryAssembler(new ArchiveIndex(tables));
  }

  /**
   * Reads the archive's tables; its stories are built later, one at a time, by {@link #stories()}.
   *
   * @param files the archive's files ({@code stories.csv}, {@code dump.sql}, ...); files that are
   *     neither table CSVs nor dumps are ignored
   * @throws UnreadableFileException naming the file, and the line where it helps, when a file is
   *     not readable text, a dump or CSV is malformed, a table is given twice, a required table or
   *     column is missing, or two stories share an id
   * @throws IOException when a file cannot be read from the disk
   */
  public static OpenDoorsArchive open(List<Path> files) throws UnreadableFileException, IOException {
    List<ArchiveTables.TableFile> tableFiles = new ArrayList<>();
    for (Path file : files) {
      tableFiles.add(new ArchiveTables.TableFile(file.toString(), Files.size(file),
          () -> Files.newInputStream(file)));
    }
    return openFiles(tableFiles);
  }

  private static OpenDoorsArchive openFiles(List<ArchiveTables.TableFile> files)
      throws UnreadableFileException, IOException {
    ChapterSpill spill = new ChapterSpill();
    try {
      return new OpenDoorsArchive(spill, ArchiveTables.load(files, spill));
    } catch (UnreadableFileException | IOException | RuntimeException | Error e) {
      spill.close();
      throw e;
    }
  }

  /**
   * Reads every story of a small archive held in memory, in story id order, each with its problems;
   * a story that cannot be imported is reported, never thrown, and the others are still read.
   *
   * @param tableFiles the archive's files by name ({@code stories.csv}, {@code dump.sql}, ...);
   *     files that are neither table CSVs nor dumps are ignored
   * @return one entry per row of {@code stories}
   * @throws UnreadableFileException as {@link #open} does
   */
  public static List<ArchivedStory> read(Map<String, byte[]> tableFiles)
      throws UnreadableFileException {
    List<ArchiveTables.TableFile> files = new ArrayList<>();
    tableFiles.forEach((name, bytes) -> files.add(new ArchiveTables.TableFile(name, bytes.length,
        () -> new ByteArrayInputStream(bytes))));
    try (OpenDoorsArchive archive = openFiles(files)) {
      List<ArchivedStory> stories = new ArrayList<>();
      archive.stories().forEachRemaining(stories::add);
      return stories;
    } catch (IOException e) {
      throw new UncheckedIOException("bytes in memory cannot fail to read", e);
    }
  }

  /** How many stories the archive lists. */
  public int storyCount() {
    return storiesById.size();
  }

  /**
   * The stories in id order, each built when it is reached with its problems; a story that cannot
   * be imported is reported, never thrown.
   */
  public Iterator<ArchivedStory> stories() {
    Iterator<Map.Entry<Long, SpilledRows.Ref>> refs = storiesById.entrySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return refs.hasNext();
      }

      @Override
      public ArchivedStory next() {
        Map.Entry<Long, SpilledRows.Ref> story = refs.next();
        return assembler.assemble(story.getKey(), tables.storyRows().row(story.getValue()));
      }
    };
  }

  @Override
  public void close() {
    spill.close();
  }

  private static TreeMap<Long, SpilledRows.Ref> storiesById(ArchiveTables tables)
      throws UnreadableFileException {
    ArchiveTable table = tables.stories();
    TreeMap<Long, SpilledRows.Ref> byId = new TreeMap<>();
    for (SpilledRows.Ref ref : tables.storyRows().refs()) {
      Long id = ref.id();
      if (id == null) {
        throw new UnreadableFileException(table.source() + ": row " + ref.number() + " of "
            + table.name() + " has id '" + tables.storyRows().row(ref).get("id") + "', not a number");
      }
      if (byId.putIfAbsent(id, ref) != null) {
        throw new UnreadableFileException(
            table.source() + ": two rows of " + table.name() + " have id " + id);
      }
    }
    return byId;
  }

  /**
   * Whether the files look like an archive: they include {@code stories}, {@code chapters} and
   * {@code authors} CSV files (prefixed names too), or a {@code .sql} file, which {@link
   * #looksLikeDump} should then confirm. Names are compared ignoring case and directories.
   */
  public static boolean looksLikeArchive(Set<String> fileNames) {
    Set<String> roles = new HashSet<>();
    for (String path : fileNames) {
      String name = ArchiveTables.baseName(path).toLowerCase(Locale.ROOT);
      if (name.endsWith(".sql")) {
        return true;
      }
      if (name.endsWith(".csv")) {
        String role = ArchiveTables.role(name.substring(0, name.length() - 4));
        if (role != null) {
          roles.add(role);
        }
      }
    }
    return roles.containsAll(REQUIRED_TABLES);
  }

  /**
   * Whether the start of a file reads as a SQL dump: text (no NUL byte) that holds a {@code CREATE
   * TABLE} or {@code INSERT INTO} statement or a mysqldump or phpMyAdmin header.
   *
   * @param head the file's first bytes; only the first {@value #DUMP_HEAD_BYTES} are looked at
   */
  public static boolean looksLikeDump(byte[] head) {
    int length = Math.min(head.length, DUMP_HEAD_BYTES);
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        return false;
      }
    }
    // ISO-8859-1 maps every byte to a char, so ASCII keywords survive whatever the encoding.
    String text = new String(head, 0, length, StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
    return text.contains("create table") || text.contains("insert into")
        || text.contains("mysql dump") || text.contains("phpmyadmin sql dump");
  }
}
