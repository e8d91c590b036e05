package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import dev.quire.ingest.format.RatingMapping;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.CreatorProfile;
import dev.quire.story.StoryDocument.Installment;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads a whole Automated Archive from its backup: {@code ARCHIVE_DB.pl}, the Perl hash of every
 * story's fields ({@link PerlHashReader}), and the story files beside it, one per story, named by
 * the entry's {@code Location} and {@code FileType} (in the database's folder or its {@code
 * archive/} folder, as the script kept them).
 *
 * <p>Per entry: {@code Title}; {@code Author} with {@code Email} (or {@code EmailAuthor}), kept
 * private for claim invitations; {@code Summary}; {@code Notes}; tags from {@code Rating}, {@code
 * Warnings}, {@code Category}, {@code Fandom}, {@code Pairing}, {@code Characters} and {@code
 * Keywords} (or {@code Genre}), placed by {@link ArchiveTagMapper} as an Open Doors table's columns
 * are; the date from {@code Date} (or {@code PrintTime}, {@code DatePrint}) as {@code MM/DD/YY},
 * {@code MM/DD/YYYY}, {@code YYYY-MM-DD} or unix seconds, and {@code Updated} the same way. Field
 * names match ignoring case and underscores. A field Quire reads nothing from is listed as mapping to
 * no tag, never dropped silently: it stays in the story's original.
 *
 * <p>The database is read byte for byte and each value decoded alone ({@link DumpValueText}: UTF-8
 * when valid, else Windows-1252, double encodings repaired), as is each story file. A story whose
 * entry is broken, whose file is missing or unreadable, or which is only a link to another site
 * is left unbuilt with its reason; the others are built, one at a time. Not thread-safe.
 */
public final class AutomatedArchive {

  /** The database's file name, as the script writes it. */
  public static final String DATABASE = "ARCHIVE_DB.pl";

  private static final List<String> TITLE = List.of("title");
  private static final List<String> AUTHOR = List.of("author", "authorname", "name");
  private static final List<String> EMAIL = List.of("email", "emailauthor", "authoremail");
  private static final List<String> SUMMARY = List.of("summary", "description");
  private static final List<String> NOTES = List.of("notes", "authornotes");
  private static final List<String> PUBLISHED = List.of("date", "printtime", "dateprint", "posted");
  private static final List<String> UPDATED = List.of("updated", "lastupdated");
  private static final List<String> LOCATION = List.of("location");
  private static final List<String> FILE_TYPE = List.of("filetype");
  private static final List<String> LINK = List.of("locationurl", "storyurl");
  /** The tag fields, under the names of the Open Doors columns {@link ArchiveTagMapper} reads. */
  private static final Map<String, List<String>> TAG_FIELDS = Map.of(
      "rating", List.of("rating"),
      "warnings", List.of("warnings", "warning"),
      "categories", List.of("category", "categories"),
      "fandoms", List.of("fandom", "fandoms"),
      "relationships", List.of("pairing", "pairings", "relationship", "relationships"),
      "characters", List.of("characters", "character"),
      "tags", List.of("keywords", "genre", "genres", "tags"));
  private static final List<String> TAG_COLUMNS =
      List.of("rating", "warnings", "categories", "fandoms", "relationships", "characters", "tags");
  /** Fields the script keeps for itself, which say nothing about the story. */
  private static final Set<String> HOUSEKEEPING = Set.of("offsite", "id", "size", "words", "hits");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final Pattern HTML_PAGE = Pattern.compile("<(html|body|head)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final List<String> GUESSED_TYPES = List.of("html", "htm", "txt");

  private final String shown;
  private final Path folder;
  private final TreeMap<Long, PerlHashReader.Entry> entries = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> unmapped = new TreeSet<>();
  private final Set<Path> storyFiles = new HashSet<>();
  private final String archiveKey;

  private AutomatedArchive(byte[] database, String shown, Path folder) {
    this.shown = shown;
    this.folder = folder;
    PerlHashReader.Read read = PerlHashReader.read(new String(database, StandardCharsets.ISO_8859_1), shown);
    problems.addAll(read.problems());
    for (PerlHashReader.Entry entry : read.entries()) {
      Long id = number(entry.key());
      if (id == null) {
        problems.add(shown + " line " + entry.line() + ": an entry's key '" + entry.key()
            + "' is not a story number; it is passed over");
      } else if (entries.putIfAbsent(id, entry) != null) {
        problems.add(shown + " line " + entry.line() + ": story " + id + " is listed twice; the first is read");
      }
    }
    if (read.entries().isEmpty() && read.problems().isEmpty()) {
      problems.add(shown + " lists no stories");
    }
    TreeMap<Long, Row> first = new TreeMap<>();
    entries.entrySet().stream().limit(EfictionIdentity.FINGERPRINTED_STORIES)
        .forEach(e -> first.put(e.getKey(), row(e.getValue())));
    this.archiveKey = EfictionIdentity.of(null, List.of(), first);
  }

  /**
   * Reads the database; stories are built later, one at a time, by {@link #stories()}.
   *
   * @param database the bytes of {@code ARCHIVE_DB.pl}
   * @param shown the database's name in messages
   * @param folder the database's folder, where the story files are looked for
   */
  public static AutomatedArchive read(byte[] database, String shown, Path folder) {
    return new AutomatedArchive(database, shown, folder.toAbsolutePath());
  }

  /** Whether {@code file} is an Automated Archive's database, by its name. */
  public static boolean isDatabase(Path file) {
    return file.getFileName() != null && file.getFileName().toString().equalsIgnoreCase(DATABASE);
  }

  /** What kept part of the database from being read, one sentence each; empty when nothing did. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** How many stories the database lists. */
  public int storyCount() {
    return entries.size();
  }

  /** How many authors the database names, told apart by name. */
  public int authorCount() {
    Set<String> names = new HashSet<>();
    for (PerlHashReader.Entry entry : entries.values()) {
      String name = ArchiveText.plain(value(row(entry), AUTHOR));
      if (name != null) {
        names.add(name.toLowerCase(Locale.ROOT));
      }
    }
    return names.size();
  }

  /** Tags and fields the archive used that map to nothing; complete once {@link #stories()} is read through. */
  public Set<String> unmapped() {
    return Set.copyOf(unmapped);
  }

  /** The story files the stories read so far were taken from. */
  public Set<Path> storyFiles() {
    return Set.copyOf(storyFiles);
  }

  /** The key of the work made of story {@code id}: the same for every backup of the archive. */
  public String storyKey(long id) {
    return "automated-archive:" + archiveKey + "/story/" + id;
  }

  /** The stories in id order, each built (its file read) when it is reached. */
  public Iterator<ArchivedStory> stories() {
    Iterator<Map.Entry<Long, PerlHashReader.Entry>> each = entries.entrySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public ArchivedStory next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Map.Entry<Long, PerlHashReader.Entry> entry = each.next();
        return assemble(entry.getKey(), entry.getValue());
      }
    };
  }

  private ArchivedStory assemble(long id, PerlHashReader.Entry entry) {
    Row story = row(entry);
    List<String> blocking = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (entry.broken() != null) {
      blocking.add("its entry cannot be read to its end: " + entry.broken());
    }
    StoryFile file = entry.broken() == null ? storyFile(story, blocking) : null;
    String body = file == null ? null : body(file, blocking);
    String author = ArchiveText.plain(value(story, AUTHOR));
    if (author == null && entry.broken() == null) {
      blocking.add("the entry names no Author");
    }
    ArchiveTable fileTable = new ArchiveTable("story file", shown, List.of("file", "text"));
    List<Row> chapters = file == null ? List.of()
        : List.of(new Row(fileTable, 1, new String[] {file.name(), file.text()}));
    String record = StoryRecord.of(story, chapters, List.of(), List.of());
    if (!blocking.isEmpty()) {
      return new ArchivedStory(id, null, blocking, record);
    }
    noteUnreadFields(story);
    StoryDocument document = StoryDocument.builder()
        .title(ArchiveText.plain(value(story, TITLE)))
        .creators(List.of(author))
        .profiles(List.of(new CreatorProfile(author, null, ArchiveText.plain(value(story, EMAIL)))))
        .summary(ArchiveText.html(value(story, SUMMARY)))
        .notes(ArchiveText.html(value(story, NOTES)))
        .tags(tags(story, problems))
        .published(date(story, PUBLISHED, problems))
        .updated(date(story, UPDATED, problems))
        .chapters(List.of(new StoryChapter(null, null, null, body)))
        .installment(new Installment(storyKey(id), 1))
        .build();
    return new ArchivedStory(id, document, problems, record);
  }

  /** The story's file as named by its entry, its text decoded; {@code null} with a reason when there is none. */
  private StoryFile storyFile(Row story, List<String> blocking) {
    String location = ArchiveText.plain(value(story, LOCATION));
    String type = ArchiveText.plain(value(story, FILE_TYPE));
    if (location == null) {
      String link = ArchiveText.plain(value(story, LINK));
      blocking.add(link != null && link.matches("(?i)https?://.*")
          ? "the story is only a link to another site (" + link + "); the archive kept no text of it"
          : "the entry names no story file (no Location)");
      return null;
    }
    String name = type == null || location.toLowerCase(Locale.ROOT).endsWith("." + type.toLowerCase(Locale.ROOT))
        ? location : location + "." + type;
    if (name.startsWith("/") || name.startsWith("\\") || name.contains(":")
        || List.of(name.split("[/\\\\]")).contains("..")) {
      blocking.add("its Location '" + location + "' points outside the archive's folder; it is not read");
      return null;
    }
    List<String> names = type == null
        ? GUESSED_TYPES.stream().map(t -> location + "." + t).toList() : List.of(name);
    List<String> tried = new ArrayList<>();
    for (String candidate : names) {
      for (String under : List.of("", "archive/")) {
        Path path = folder.resolve(under + candidate).normalize();
        tried.add(under + candidate);
        if (path.startsWith(folder) && Files.isRegularFile(path)) {
          try {
            if (!path.toRealPath().startsWith(folder.toRealPath())) {
              blocking.add("its story file " + under + candidate + " links outside the archive's folder; it is not read");
              return null;
            }
            byte[] bytes = Files.readAllBytes(path);
            storyFiles.add(path);
            return new StoryFile(under + candidate, DumpValueText.decode(bytes));
          } catch (IOException e) {
            blocking.add("its story file " + under + candidate + " cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
          }
        }
      }
    }
    blocking.add("its story file is missing (looked for " + String.join(" and ", tried) + " beside " + shown + ")");
    return null;
  }

  /** The story's text as HTML: the body of a whole page, or the file as text or a fragment. */
  private static String body(StoryFile file, List<String> blocking) {
    String text = file.text();
    if (HTML_PAGE.matcher(text).find()) {
      text = Jsoup.parse(text).body().html();
    }
    String body = ArchiveText.html(text);
    if (body == null) {
      blocking.add("its story file " + file.name() + " has no text");
    }
    return body;
  }

  private List<AuthorTag> tags(Row story, List<String> problems) {
    ArchiveTable table = new ArchiveTable("tags", shown, TAG_COLUMNS);
    String[] values = new String[TAG_COLUMNS.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(story, TAG_FIELDS.get(TAG_COLUMNS.get(i)));
    }
    String rating = ArchiveText.plain(values[0]);
    if (rating != null && RatingMapping.toAo3(rating) == Rating.NOT_RATED
        && !rating.equalsIgnoreCase("not rated")) {
      unmapped.add("rating '" + rating + "' (AO3 has no such rating; read as Not Rated)");
    }
    List<AuthorTag> tags = new ArrayList<>(ArchiveTagMapper.storyColumnTags(new Row(table, 1, values), problems));
    if (tags.stream().noneMatch(tag -> tag.kind() == TagKind.WARNING)) {
      tags.add(new AuthorTag(TagKind.WARNING, ArchiveTagMapper.CHOSE_NOT_TO_WARN));
    }
    return ArchiveTagMapper.tidy(tags, problems);
  }

  /** Lists each field no part of a work is made from, so the wranglers see what the archive held. */
  private void noteUnreadFields(Row story) {
    Set<String> read = new HashSet<>();
    for (List<String> names : List.of(TITLE, AUTHOR, EMAIL, SUMMARY, NOTES, PUBLISHED, UPDATED, LOCATION,
        FILE_TYPE, LINK)) {
      read.addAll(names);
    }
    TAG_FIELDS.values().forEach(read::addAll);
    for (String column : story.table().columns()) {
      String key = column.replace("_", "").toLowerCase(Locale.ROOT);
      String value = story.get(column);
      if (!read.contains(key) && !HOUSEKEEPING.contains(key) && ArchiveText.plain(value) != null) {
        unmapped.add("field " + column + " (Quire reads nothing from it; kept in each story's original)");
      }
    }
  }

  /** The entry as a row: its fields in file order, each value decoded on its own. */
  private Row row(PerlHashReader.Entry entry) {
    List<String> columns = new ArrayList<>(entry.fields().size());
    List<String> values = new ArrayList<>(entry.fields().size());
    Map<String, String> seen = new LinkedHashMap<>();
    entry.fields().forEach((name, value) -> {
      if (seen.putIfAbsent(name.replace("_", "").toLowerCase(Locale.ROOT), name) == null) {
        columns.add(name);
        values.add(DumpValueText.decode(value));
      }
    });
    ArchiveTable table = new ArchiveTable("story " + entry.key(), shown, columns);
    return new Row(table, entry.line(), values.toArray(String[]::new));
  }

  private static String value(Row story, List<String> names) {
    for (String name : names) {
      String value = story.get(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** A date as {@code MM/DD/YY}, {@code MM/DD/YYYY}, {@code YYYY-MM-DD} or unix seconds. */
  private static LocalDate date(Row story, List<String> names, List<String> problems) {
    String value = ArchiveText.plain(value(story, names));
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("\\d{9,12}")) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), ZoneOffset.UTC);
      }
      Matcher us = US_DATE.matcher(value);
      if (us.matches()) {
        int year = Integer.parseInt(us.group(3));
        // As Perl's and C's two-digit years: 69-99 are the 1900s, 00-68 the 2000s.
        year = us.group(3).length() == 4 ? year : year >= 69 ? 1900 + year : 2000 + year;
        return LocalDate.of(year, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
      }
      return ArchiveText.date(value);
    } catch (ArchiveText.BadDate | DateTimeException e) {
      problems.add(names.getFirst() + ": '" + value + "' is not a date (expected MM/DD/YY, MM/DD/YYYY or YYYY-MM-DD)");
      return null;
    }
  }

  private static Long number(String key) {
    return key.matches("\\d{1,15}") ? Long.parseLong(key) : null;
  }

  private record StoryFile(String name, String text) {}
}
