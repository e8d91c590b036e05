package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a whole eFiction 3.x archive from its backup: a MySQL dump of its tables and, beside it, the
 * folder of chapter files eFiction keeps when it stores texts as files ({@code stories/{uid}/{chapid}.txt};
 * the folder may have another name).
 *
 * <p>Per story ({@code stories} row): title, summary, {@code storynotes} as notes, authors (the
 * story's {@code uid} and its co-authors) with their pen names, biographies and addresses (kept
 * private, for claim invitations), tags as {@link EfictionTags} places them, {@code completed},
 * published and updated dates (unix seconds or {@code YYYY-MM-DD}), series places from {@code
 * inseries} in their order, and {@code validated = 0} as a draft. Chapters in {@code inorder} with
 * their titles, notes and end notes; their text from {@code storytext}, else from the story file of
 * their id. Each work is keyed by the archive and story id, so a newer backup's chapters join the
 * work an older one made. Text is decoded value by value ({@link DumpValueText}).
 *
 * <p>The dump is streamed: stories, chapters and reviews wait whole in a temporary file, with only
 * their ids (and a chapter's order) held, until their story is built, one story at a time. A dump
 * that cannot be read to its end keeps the stories read before and says where it broke ({@link
 * #problems()}). Close the archive to delete the temporary file. Not thread-safe.
 */
public final class EfictionArchive implements Closeable {

  /**
   * The notice in place of a chapter whose text the backup lacks; a newer backup that has the text
   * puts it in the notice's place.
   */
  public static final String MISSING_TEXT = "<p>[This chapter's text was missing from the archive's "
      + "backup when it was imported.]</p>";

  private static final Pattern STORY_FILE = Pattern.compile("\\d{1,12}\\.txt");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}");

  private final ChapterSpill spill;
  private final EfictionDump dump;
  private final EfictionStories stories;
  private final TreeMap<Long, EfictionDump.StoryRef> storyRows = new TreeMap<>();
  private final List<String> problems;

  private EfictionArchive(ChapterSpill spill, EfictionDump dump, List<Path> files, Path folder) {
    this.spill = spill;
    this.dump = dump;
    this.problems = new ArrayList<>(dump.problems);
    for (EfictionDump.StoryRef ref : dump.stories) {
      Long sid = ref.sid();
      if (sid == null) {
        Row row = dump.story(ref);
        problems.add("row " + row.number() + " of " + row.table().name() + " has sid '"
            + row.get("sid") + "', not a number; it is passed over");
      } else if (storyRows.putIfAbsent(sid, ref) != null) {
        problems.add("two rows of " + dump.tables.get("stories").name() + " have sid " + sid
            + "; the first is read");
      }
    }
    if (!dump.tables.containsKey("stories")) {
      problems.add("the dump holds no eFiction stories table (fanfiction_stories or another "
          + "prefix's _stories)");
    }
    String site = siteUrl(dump);
    String filesFolder = files.isEmpty() ? "stories"
        : folder.relativize(files.getFirst().toAbsolutePath().getParent().getParent()).toString().replace('\\', '/');
    this.stories = new EfictionStories(dump, storyFiles(files), filesFolder,
        EfictionIdentity.of(site, dump.rows("settings"), firstStories()), site);
  }

  /**
   * Whether the start of a {@code .sql} file is an eFiction dump: it names tables or columns only
   * eFiction has ({@code fanfiction_...}, {@code ..._inseries}, {@code chapid}, {@code penname}).
   *
   * @param head the file's first bytes
   */
  public static boolean looksLikeEfiction(byte[] head) {
    return EfictionDump.looksLikeEfiction(head);
  }

  /**
   * Whether {@code relative} (a path below the backup's folder) looks like a chapter file of an
   * eFiction archive: {@code SOMETHING/{uid}/{chapid}.txt}.
   */
  public static boolean isStoryFile(Path relative) {
    int n = relative.getNameCount();
    return n >= 2 && STORY_FILE.matcher(relative.getName(n - 1).toString().toLowerCase(Locale.ROOT)).matches()
        && NUMBER.matcher(relative.getName(n - 2).toString()).matches();
  }

  /**
   * Reads the dump; stories are built later, one at a time, by {@link #stories()}.
   *
   * @param dump the {@code .sql} file
   * @param shown the dump's name in messages
   * @param storyFiles the chapter files beside it (see {@link #isStoryFile})
   * @param folder the backup's folder, which holds the dump and the story files' folder
   */
  public static EfictionArchive open(Path dump, String shown, List<Path> storyFiles, Path folder) {
    ChapterSpill spill = new ChapterSpill();
    try {
      return new EfictionArchive(spill, EfictionDump.read(dump, shown, spill), storyFiles,
          folder.toAbsolutePath());
    } catch (RuntimeException | Error e) { // an OutOfMemoryError too: the temporary file goes
      spill.close();
      throw e;
    }
  }

  /** What kept part of the archive from being read, one sentence each; empty when none did. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** How many stories the archive lists. */
  public int storyCount() {
    return storyRows.size();
  }

  /** How many authors the archive lists. */
  public int authorCount() {
    return dump.rows("authors").size();
  }

  /**
   * Tags the archive used that map to nothing, for the wranglers; complete once {@link #stories()}
   * has been read through.
   */
  public Set<String> unmapped() {
    return Set.copyOf(stories.unmapped());
  }

  /** The stories in id order, each built when it is reached. */
  public Iterator<ArchivedStory> stories() {
    Iterator<Map.Entry<Long, EfictionDump.StoryRef>> rows = storyRows.entrySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ArchivedStory next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Map.Entry<Long, EfictionDump.StoryRef> story = rows.next();
        return stories.assemble(story.getKey(), dump.story(story.getValue()));
      }
    };
  }

  /**
   * The key the work made of story {@code sid} carries ({@link
   * dev.quire.story.StoryDocument.Installment#storyKey()}): the same for every backup of the archive.
   */
  public String storyKey(long sid) {
    return stories.storyKey(sid);
  }

  /** Where review {@code reviewId} of this archive came from, the same in each of its backups. */
  public String reviewKey(long reviewId) {
    return stories.reviewKey(reviewId);
  }

  /** The ids of the stories that have reviews, in order. */
  public List<Long> reviewedStories() {
    return dump.reviews.keySet().stream().filter(storyRows::containsKey).sorted().toList();
  }

  /** How many reviews are of a story the archive does not list, or of a series: none is kept. */
  public int reviewsPassedOver() {
    return dump.otherReviews + dump.reviews.entrySet().stream().filter(e -> !storyRows.containsKey(e.getKey()))
        .mapToInt(e -> e.getValue().size()).sum();
  }

  /** The reviews of story {@code sid} that say something, oldest first, each read when asked. */
  public List<ArchivedReview> reviews(long sid) {
    return stories.reviews(sid);
  }

  /** The members' favourite stories, and sentences for the favourites that cannot be kept. */
  public EfictionFavourites favourites() {
    return EfictionFavourites.of(dump, storyRows.keySet());
  }

  @Override
  public void close() {
    spill.close();
  }

  /** The rows of the first stories by id, those the archive's fingerprint reads. */
  private TreeMap<Long, Row> firstStories() {
    TreeMap<Long, Row> first = new TreeMap<>();
    for (Map.Entry<Long, EfictionDump.StoryRef> story : storyRows.entrySet()) {
      if (first.size() == EfictionIdentity.FINGERPRINTED_STORIES) {
        break;
      }
      first.put(story.getKey(), dump.story(story.getValue()));
    }
    return first;
  }

  private static Map<Long, List<Path>> storyFiles(List<Path> files) {
    Map<Long, List<Path>> byChapter = new HashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      long chapid = Long.parseLong(name.substring(0, name.indexOf('.')));
      byChapter.computeIfAbsent(chapid, k -> new ArrayList<>()).add(file);
    }
    return byChapter;
  }

  /** The archive's address from its settings, when it gives a web address. */
  private static String siteUrl(EfictionDump dump) {
    for (Row row : dump.rows("settings")) {
      String url = ArchiveText.plain(row.get("url"));
      if (url != null && url.matches("https?://[^\\s\"'<>]+") && !url.contains("yoursite.com")) {
        return url.replaceFirst("/+$", "");
      }
    }
    return null;
  }
}
