package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.CreatorProfile;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one {@link ArchivedStory} from an eFiction story's row and the rows that belong to it. A
 * story without a readable author or without chapters is left unbuilt with its reasons; a chapter
 * whose text is neither in the table nor in a story file stands with a notice in its place, so the
 * story keeps its chapter numbers, and the story says so. Not thread-safe.
 */
final class EfictionStories {


  private static final Comparator<EfictionDump.ChapterRef> CHAPTER_ORDER = Comparator
      .comparingLong(EfictionDump.ChapterRef::inorder).thenComparingLong(EfictionDump.ChapterRef::chapid);

  private final EfictionDump dump;
  private final EfictionTags tags;
  private final Map<Long, List<Path>> storyFiles;
  private final String filesFolder;
  private final String archiveKey;
  private final String siteUrl;
  private final Map<Long, Row> authors = new HashMap<>();
  private final Map<Long, List<Row>> coauthors;
  private final Map<Long, List<SeriesPlace>> series = new HashMap<>();

  /**
   * @param storyFiles chapter files by chapter id
   * @param filesFolder the story files' folder as messages name it ({@code stories})
   * @param archiveKey names the archive across its backups, for the works' story keys
   * @param siteUrl the archive's address, or {@code null}
   */
  EfictionStories(EfictionDump dump, Map<Long, List<Path>> storyFiles,
      String filesFolder, String archiveKey, String siteUrl) {
    this.dump = dump;
    this.tags = new EfictionTags(dump);
    this.storyFiles = storyFiles;
    this.filesFolder = filesFolder;
    this.archiveKey = archiveKey;
    this.siteUrl = siteUrl;
    dump.byId("authors", "uid").forEach((id, rows) -> authors.put(id, rows.getFirst()));
    coauthors = dump.byId("coauthors", "sid");
    placeInSeries();
  }

  Set<String> unmapped() {
    return tags.unmapped();
  }

  ArchivedStory assemble(long sid, Row story) {
    List<String> blocking = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Row> authorRows = new ArrayList<>();
    List<String> creators = new ArrayList<>();
    List<CreatorProfile> profiles = new ArrayList<>();
    for (long uid : authorIds(sid, story)) {
      Row author = authors.get(uid);
      String name = author == null ? null : ArchiveText.plain(author.get("penname"));
      if (name == null) {
        problems.add("author " + uid + " is not in the authors table" + (author == null ? "" : " with a pen name"));
      } else if (!creators.contains(name)) {
        authorRows.add(author);
        creators.add(name);
        profiles.add(new CreatorProfile(name, ArchiveText.html(author.get("bio")),
            ArchiveText.plain(author.get("email"))));
      }
    }
    if (creators.isEmpty()) {
      blocking.add("the story has no author in the authors table (uid " + story.get("uid") + ")");
    }
    List<EfictionDump.ChapterRef> refs = new ArrayList<>(dump.chapters.getOrDefault(sid, List.of()));
    refs.sort(CHAPTER_ORDER);
    List<Row> rows = refs.stream().map(dump::chapter).toList();
    if (rows.isEmpty()) {
      blocking.add("the story has no chapters");
    }
    List<StoryChapter> read = new ArrayList<>();
    List<Row> recorded = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Long uid = row.id("uid");
      if (uid != null && uid != 0 && !authors.containsKey(uid)) {
        problems.add("chapter " + (i + 1) + " names author " + uid
            + ", who is not in the authors table; it is credited to the story's authors");
      }
      String text = text(row, i + 1, problems);
      String body = text == null ? null : ArchiveText.html(text);
      if (body == null && text != null) {
        problems.add("chapter " + (i + 1) + " (id " + row.get("chapid") + ") has no text; a notice stands in its place");
      }
      read.add(new StoryChapter(ArchiveText.plain(row.get("title")), ArchiveText.html(row.get("notes")),
          ArchiveText.html(row.get("endnotes")), body == null ? EfictionArchive.MISSING_TEXT : body));
      String[] values = row.values().clone();
      int at = row.table().indexOf("storytext");
      if (at >= 0) {
        values[at] = text;
      }
      recorded.add(new Row(row.table(), row.number(), values));
    }
    String record = StoryRecord.of(story, recorded, authorRows, List.of());
    if (!blocking.isEmpty()) {
      return new ArchivedStory(sid, null, blocking, record);
    }
    String validated = story.get("validated");
    StoryDocument document = StoryDocument.builder()
        .title(ArchiveText.plain(story.get("title")))
        .creators(creators)
        .profiles(profiles)
        .summary(ArchiveText.html(story.get("summary")))
        .notes(ArchiveText.html(story.get("storynotes")))
        .tags(tags.of(story, problems))
        .chaptersExpected(story.flag("completed") ? read.size() : null)
        .published(date(story, "date", problems))
        .updated(date(story, "updated", problems))
        .chapters(read)
        .series(series.getOrDefault(sid, List.of()))
        .sourceUrl(siteUrl == null ? null : siteUrl + "/viewstory.php?sid=" + sid)
        .installment(new Installment(storyKey(sid), 1))
        .draft(validated != null && validated.strip().equals("0"))
        .build();
    return new ArchivedStory(sid, document, problems, record);
  }

  String storyKey(long sid) {
    return "efiction:" + archiveKey + "/story/" + sid;
  }

  String reviewKey(long reviewId) {
    return "efiction:" + archiveKey + "/review/" + reviewId;
  }

  /** The story's reviews with something to say, by id, each on the chapter it is about. */
  List<ArchivedReview> reviews(long sid) {
    List<EfictionDump.ChapterRef> chapters = new ArrayList<>(dump.chapters.getOrDefault(sid, List.of()));
    chapters.sort(CHAPTER_ORDER);
    List<EfictionDump.ReviewRef> refs = new ArrayList<>(dump.reviews.getOrDefault(sid, List.of()));
    refs.sort(Comparator.comparingLong(EfictionDump.ReviewRef::reviewid));
    List<ArchivedReview> reviews = new ArrayList<>();
    for (EfictionDump.ReviewRef ref : refs) {
      Row row = dump.review(ref);
      String body = ArchiveText.html(row.get("review"));
      if (body == null) {
        continue;
      }
      Long chapid = row.id("chapid");
      int chapter = 0;
      for (int i = 0; chapid != null && i < chapters.size(); i++) {
        if (chapters.get(i).chapid() == chapid) {
          chapter = i + 1;
        }
      }
      reviews.add(new ArchivedReview(ref.reviewid(), chapter, reviewer(row), instant(row.get("date")), body));
    }
    return reviews;
  }

  /** A member is named by their pen name; anyone else by the name they gave. */
  private String reviewer(Row review) {
    Long uid = review.id("uid");
    Row author = uid == null ? null : authors.get(uid);
    String penName = author == null ? null : ArchiveText.plain(author.get("penname"));
    if (penName != null) {
      return penName;
    }
    String given = ArchiveText.plain(review.get("reviewer"));
    return given == null || given.equals("0") ? "Anonymous" : given;
  }

  private static Instant instant(String value) {
    if (value != null && value.strip().matches("\\d{1,12}")) {
      long seconds = Long.parseLong(value.strip());
      return seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
    }
    try {
      LocalDate date = ArchiveText.date(value);
      return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (ArchiveText.BadDate e) {
      return null;
    }
  }

  private List<Long> authorIds(long sid, Row story) {
    Set<Long> ids = new LinkedHashSet<>();
    Long uid = story.id("uid");
    if (uid != null) {
      ids.add(uid);
    }
    for (Row row : coauthors.getOrDefault(sid, List.of())) {
      Long co = row.id("uid");
      if (co != null) {
        ids.add(co);
      }
    }
    // eFiction 3.0 listed co-authors' ids on the story; 3.5 keeps a 0/1 flag there and a table.
    String listed = story.get("coauthors") == null ? "" : story.get("coauthors").strip();
    if (listed.contains(",") || (!coauthors.containsKey(sid) && !listed.matches("[01]?"))) {
      ids.addAll(EfictionTags.ids(listed));
    }
    return List.copyOf(ids);
  }

  /** The chapter's text from the table or its story file; {@code null} (with a problem) when neither has it. */
  private String text(Row row, int number, List<String> problems) {
    Long chapid = row.id("chapid");
    String own = row.get("storytext");
    if (own != null && !own.isBlank()) {
      return own;
    }
    List<Path> files = chapid == null ? List.of() : storyFiles.getOrDefault(chapid, List.of());
    String uid = row.get("uid");
    Path file = files.stream().filter(f -> f.getParent().getFileName().toString().equals(uid))
        .findFirst().orElse(files.isEmpty() ? null : files.getFirst());
    if (file != null) {
      try {
        return DumpValueText.decode(Files.readAllBytes(file));
      } catch (IOException e) {
        problems.add("chapter " + number + " (id " + chapid + "): its file cannot be read ("
            + e.getClass().getSimpleName() + "); a notice stands in its place");
        return null;
      }
    }
    problems.add("chapter " + number + " (id " + chapid + "): its text is neither in the chapters "
        + "table nor in a story file (" + expectedFile(uid, chapid) + "); a notice stands in its place");
    return null;
  }

  private String expectedFile(String uid, Long chapid) {
    return (filesFolder.isEmpty() ? "" : filesFolder + "/") + uid + "/" + chapid + ".txt";
  }

  private void placeInSeries() {
    Map<Long, String> titles = new HashMap<>();
    dump.byId("series", "seriesid").forEach((id, rows) -> {
      String title = ArchiveText.plain(rows.getFirst().get("title"));
      if (title != null) {
        titles.put(id, title);
      }
    });
    Map<Long, List<Row>> members = new LinkedHashMap<>(dump.byId("inseries", "seriesid"));
    members.forEach((seriesId, rows) -> {
      String title = titles.get(seriesId);
      if (title == null) {
        return;
      }
      List<Row> sorted = new ArrayList<>(rows.stream().filter(r -> orZero(r.id("sid")) > 0).toList());
      sorted.sort(Comparator.comparing((Row r) -> orZero(r.id("inorder"))).thenComparing(r -> orZero(r.id("sid"))));
      for (int i = 0; i < sorted.size(); i++) {
        series.computeIfAbsent(sorted.get(i).id("sid"), k -> new ArrayList<>()).add(new SeriesPlace(title, i + 1));
      }
    });
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  /** A date as unix seconds (eFiction 3.x) or {@code YYYY-MM-DD[ HH:MM:SS]} (older tables). */
  static LocalDate date(Row row, String column, List<String> problems) {
    String value = row.get(column);
    if (value != null && value.strip().matches("\\d{1,12}")) {
      long seconds = Long.parseLong(value.strip());
      return seconds <= 0 ? null : LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
    }
    try {
      return ArchiveText.date(value);
    } catch (ArchiveText.BadDate e) {
      problems.add(column + ": " + e.getMessage());
      return null;
    }
  }
}
