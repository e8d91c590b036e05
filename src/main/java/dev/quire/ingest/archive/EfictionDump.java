package dev.quire.ingest.archive;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.archive.ArchiveTable.Row;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of an eFiction 3.x dump, read in one streamed pass: every row of the tables Quire
 * maps, decoded value by value ({@link DumpValueText}), except the stories, chapters and reviews,
 * which wait whole in a {@link ChapterSpill} with only their ids (and a chapter's order) in memory,
 * and the authors' password hashes, which are dropped.
 *
 * <p>A table is known by its eFiction name behind any prefix ({@code fanfiction_stories}, {@code
 * efic_stories}, {@code stories}); the first prefix met is the archive's, and tables of another
 * prefix are noted, not read. An INSERT without a column list and without a CREATE TABLE before it
 * fills eFiction 3.5's columns in their published order ({@code docs/tables.sql}). A dump that
 * breaks off or breaks the rules keeps the rows read before that place, and says where. Not
 * thread-safe.
 */
final class EfictionDump {

  /** eFiction 3.5's columns of the tables Quire reads, in the order of its {@code tables.sql}. */
  static final Map<String, List<String>> COLUMNS = Map.ofEntries(
      Map.entry("stories", List.of("sid", "title", "summary", "storynotes", "catid", "classes",
          "charid", "rid", "date", "updated", "uid", "coauthors", "featured", "validated",
          "completed", "rr", "wordcount", "rating", "reviews", "count", "challenges")),
      Map.entry("chapters", List.of("chapid", "title", "inorder", "notes", "storytext", "endnotes",
          "validated", "wordcount", "rating", "reviews", "sid", "uid", "count")),
      Map.entry("authors", List.of("uid", "penname", "realname", "email", "website", "bio", "image",
          "date", "admincreated", "password")),
      Map.entry("categories", List.of("catid", "parentcatid", "category", "description", "image",
          "locked", "leveldown", "displayorder", "numitems")),
      Map.entry("characters", List.of("charid", "catid", "charname", "bio", "image")),
      Map.entry("classes", List.of("class_id", "class_type", "class_name")),
      Map.entry("classtypes", List.of("classtype_id", "classtype_name", "classtype_title")),
      Map.entry("coauthors", List.of("sid", "uid")),
      Map.entry("ratings", List.of("rid", "rating", "ratingwarning", "warningtext")),
      Map.entry("series", List.of("seriesid", "title", "summary", "uid", "isopen", "catid",
          "rating", "classes", "characters", "reviews", "numstories", "warnings", "challenges",
          "genres")),
      Map.entry("inseries", List.of("seriesid", "sid", "subseriesid", "confirmed", "inorder")),
      Map.entry("reviews", List.of("reviewid", "item", "chapid", "reviewer", "uid", "review", "date",
          "rating", "respond", "type")),
      Map.entry("favorites", List.of("uid", "item", "type", "comments")),
      // eFiction 1 and 2 kept favourite stories apart from favourite authors.
      Map.entry("favstor", List.of("uid", "item", "type", "comments")));

  /**
   * Names of tables and columns only eFiction has among the archives Quire reads (the Open Doors
   * tables have no categories, ratings or characters): any of them in a dump's head marks it as
   * eFiction's.
   */
  private static final List<String> OWN_NAMES = List.of("fanfiction_", "_classtypes", "_inseries",
      "_authorprefs", "_authorfields", "_authorinfo", "storynotes", "chapid", "penname",
      "_categories`", "_ratings`", "_characters`", "_classes`");

  private static final Set<String> ROLES;

  static {
    Set<String> roles = new LinkedHashSet<>(COLUMNS.keySet());
    roles.add("settings");
    ROLES = Set.copyOf(roles);
  }

  final Map<String, ArchiveTable> tables = new HashMap<>();
  final Map<String, List<Row>> rows = new HashMap<>();
  /** Where each story's row was set aside, in the dump's order. */
  final List<StoryRef> stories = new ArrayList<>();
  /** Where each chapter was set aside, by story id. */
  final Map<Long, List<ChapterRef>> chapters = new HashMap<>();
  /** Where each review of a story was set aside, by story id. */
  final Map<Long, List<ReviewRef>> reviews = new HashMap<>();
  /** Reviews of something other than a story (a series), which have no place in Quire. */
  int otherReviews;
  /** What went wrong with the dump as a whole. */
  final List<String> problems = new ArrayList<>();
  private final Set<String> otherPrefixes = new LinkedHashSet<>();
  private final ChapterSpill spill;
  private String prefix;

  /**
   * A story's row set aside: its id ({@code null} when not a number), its 1-based place among the
   * rows of {@code stories}, and where its row waits. An archive of 67,000 stories holds 70 MB of
   * story rows once decoded; set aside, they cost about 100 bytes each until their story is built.
   */
  record StoryRef(Long sid, int number, ChapterSpill.Span span) {}

  /** A chapter set aside: its story, its place in it, and where its row waits. */
  record ChapterRef(long chapid, long inorder, ChapterSpill.Span span) {}

  /** A review set aside: its id, and where its row waits. */
  record ReviewRef(long reviewid, ChapterSpill.Span span) {}

  private EfictionDump(ChapterSpill spill) {
    this.spill = spill;
  }

  /** Whether the head of a dump names tables or columns only eFiction has. */
  static boolean looksLikeEfiction(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return OWN_NAMES.stream().anyMatch(text::contains)
        && (text.contains("create table") || text.contains("insert into"));
  }

  /**
   * Reads the dump to its end, or to where it cannot be read on (noted in {@link #problems}).
   *
   * @param shown the dump's name in messages
   */
  static EfictionDump read(Path dump, String shown, ChapterSpill spill) {
    EfictionDump read = new EfictionDump(spill);
    try (Reader in = new InputStreamReader(new BufferedInputStream(Files.newInputStream(dump)),
        StandardCharsets.ISO_8859_1)) {
      read.read(new SqlCursor(in, shown, SqlCursor.MAX_VALUE_CHARS, true));
    } catch (IOException | UncheckedIOException e) {
      read.problems.add(shown + ": cannot read the dump (" + e.getClass().getSimpleName() + ")");
    }
    return read;
  }

  /** Reads a dump from a cursor that gives its bytes as characters. */
  static EfictionDump read(SqlCursor cursor, ChapterSpill spill) {
    EfictionDump read = new EfictionDump(spill);
    read.read(cursor);
    return read;
  }

  private void read(SqlCursor cursor) {
    try {
      SqlDumpReader.stream(cursor, this::wanted, this::knownColumns, this::row,
          e -> problems.add(e.getMessage() + "; the statement's rows after that place are not read"));
    } catch (UnreadableFileException e) {
      throw new IllegalStateException("errors are collected, never thrown", e);
    }
    if (!otherPrefixes.isEmpty()) {
      problems.add(cursor.source() + " also holds the eFiction tables of another archive (prefix "
          + String.join(", ", otherPrefixes) + "); only the " + (prefix.isEmpty() ? "unprefixed"
          : prefix) + " tables are read: give each archive its own dump");
    }
  }

  List<Row> rows(String role) {
    return rows.getOrDefault(role, List.of());
  }

  /** The role a table plays, from its name behind any prefix, or {@code null}. */
  static String role(String table) {
    String name = table.toLowerCase(Locale.ROOT);
    String best = null;
    for (String role : ROLES) {
      if ((name.equals(role) || name.endsWith("_" + role))
          && (best == null || role.length() > best.length())) {
        best = role;
      }
    }
    return best;
  }

  private boolean wanted(String table) {
    String role = role(table);
    if (role == null) {
      return false;
    }
    String its = table.substring(0, table.length() - role.length());
    if (prefix == null) {
      prefix = its;
    }
    if (!prefix.equals(its)) {
      otherPrefixes.add(its);
      return false;
    }
    return true;
  }

  private List<String> knownColumns(String table) {
    String role = role(table);
    // Settings have grown a column with every version: read them only where the dump names them.
    return role == null ? null : COLUMNS.getOrDefault(role, List.of());
  }

  private void row(ArchiveTable table, String[] values) {
    String role = role(table.name());
    tables.putIfAbsent(role, table);
    if (role.equals("chapters")) {
      Row raw = new Row(table, 0, values);
      Long sid = raw.id("sid");
      if (sid != null) {
        chapters.computeIfAbsent(sid, k -> new ArrayList<>()).add(new ChapterRef(orZero(raw.id("chapid")),
            orZero(raw.id("inorder")), spill.put(values)));
      }
      return;
    }
    if (role.equals("stories")) {
      stories.add(new StoryRef(new Row(table, 0, values).id("sid"), stories.size() + 1, spill.put(values)));
      return;
    }
    if (role.equals("reviews")) {
      setAsideReview(new Row(table, 0, values), values);
      return;
    }
    int password = role.equals("authors") ? table.indexOf("password") : -1;
    for (int i = 0; i < values.length; i++) {
      values[i] = i == password ? null : DumpValueText.decode(values[i]);
    }
    List<Row> list = rows.computeIfAbsent(role, r -> new ArrayList<>());
    list.add(new Row(table, list.size() + 1, values));
  }

  /** Reviews wait beside the chapters: an archive's reviews may hold more text than its stories. */
  private void setAsideReview(Row raw, String[] values) {
    String type = raw.get("type");
    Long item = raw.id("item");
    Long reviewid = raw.id("reviewid");
    if (type != null && !type.isBlank() && !type.strip().equalsIgnoreCase("ST")) {
      otherReviews++;
    } else if (item != null && reviewid != null) {
      reviews.computeIfAbsent(item, k -> new ArrayList<>()).add(new ReviewRef(reviewid, spill.put(values)));
    }
  }

  /** A story's row as the dump gave it, decoded. */
  Row story(StoryRef ref) {
    return spilled(ref.span(), "stories", ref.number());
  }

  /** A chapter's row as the dump gave it, decoded. */
  Row chapter(ChapterRef ref) {
    return spilled(ref.span(), "chapters", 0);
  }

  /** A review's row as the dump gave it, decoded. */
  Row review(ReviewRef ref) {
    return spilled(ref.span(), "reviews", 0);
  }

  private Row spilled(ChapterSpill.Span span, String role, int number) {
    String[] values = spill.get(span);
    for (int i = 0; i < values.length; i++) {
      values[i] = DumpValueText.decode(values[i]);
    }
    return new Row(tables.get(role), number, values);
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  /** Rows of a table by the whole-number value of a column, in the dump's order. */
  Map<Long, List<Row>> byId(String role, String column) {
    Map<Long, List<Row>> byId = new LinkedHashMap<>();
    for (Row row : rows(role)) {
      Long id = row.id(column);
      if (id != null) {
        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
      }
    }
    return byId;
  }
}
