package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import dev.quire.ingest.format.RatingMapping;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Places an eFiction story's ratings, categories, characters and classes under AO3's kinds.
 *
 * <ul>
 *   <li>{@code rid} names a row of the ratings table, or is a rating's name itself (older
 *       dumps); the name maps as AO3 maps ratings ({@link RatingMapping}).
 *   <li>{@code catid} lists categories, which form a tree: the top category is the fandom, unless
 *       it names a medium ({@code Anime}, {@code Books}, {@code TV Shows}, ...), when its child
 *       below is; categories deeper than the fandom are additional tags.
 *   <li>{@code charid} lists characters.
 *   <li>{@code classes} lists classes, whose class type says their kind: a type named for warnings
 *       gives AO3's archive warnings (a warning AO3 has no name for is an additional tag), one for
 *       pairings or relationships gives relationships, one for characters characters, and genres
 *       and any other type additional tags; a genre that names an AO3 category (Het, Slash, Gen)
 *       is that category. A story with no warning gets "Creator Chose Not To Use Archive
 *       Warnings".
 * </ul>
 *
 * An id the archive's tables do not hold, and a rating AO3 has no name for, map to nothing: they
 * are reported per story and collected in {@link #unmapped()}. Not thread-safe.
 */
final class EfictionTags {

  private static final Set<String> MEDIA = Set.of("anime", "anime/manga", "anime & manga",
      "anime and manga", "manga", "books", "book", "literature", "tv", "tv shows", "television",
      "movies", "movie", "films", "film", "games", "video games", "cartoons", "comics",
      "cartoons & comics", "cartoons/comics", "music", "bands", "celebrities", "rpf", "fandoms",
      "crossovers", "crossover", "other", "misc", "miscellaneous", "original", "originals");
  private static final Map<String, String> WARNINGS = Map.ofEntries(
      Map.entry("none", "No Archive Warnings Apply"),
      Map.entry("no warnings", "No Archive Warnings Apply"),
      Map.entry("no warnings apply", "No Archive Warnings Apply"),
      Map.entry("character death", "Major Character Death"),
      Map.entry("death", "Major Character Death"),
      Map.entry("violence", "Graphic Depictions Of Violence"),
      Map.entry("graphic violence", "Graphic Depictions Of Violence"),
      Map.entry("rape", "Rape/Non-Con"),
      Map.entry("non-con", "Rape/Non-Con"),
      Map.entry("non-consensual", "Rape/Non-Con"),
      Map.entry("noncon", "Rape/Non-Con"));

  private final Map<Long, List<Row>> ratings;
  private final Map<Long, List<Row>> categories;
  private final Map<Long, List<Row>> characters;
  private final Map<Long, List<Row>> classes;
  private final Map<Long, List<Row>> classtypes;
  private final Set<String> unmapped = new TreeSet<>();

  EfictionTags(EfictionDump dump) {
    ratings = dump.byId("ratings", "rid");
    categories = dump.byId("categories", "catid");
    characters = dump.byId("characters", "charid");
    classes = dump.byId("classes", "class_id");
    classtypes = dump.byId("classtypes", "classtype_id");
  }

  /** What the archive used that maps to nothing, one line each, sorted. */
  Set<String> unmapped() {
    return unmapped;
  }

  /** The story's tags; what maps to nothing is added to {@code problems}. */
  List<AuthorTag> of(Row story, List<String> problems) {
    List<AuthorTag> tags = new ArrayList<>();
    rating(story.get("rid"), tags, problems);
    for (long id : ids(story.get("catid"))) {
      category(id, tags, problems);
    }
    for (long id : ids(story.get("charid"))) {
      Row character = first(characters, id);
      String name = character == null ? null : ArchiveText.plain(character.get("charname"));
      if (name == null) {
        miss("character id " + id + " (not in the characters table)", problems);
      } else {
        tags.add(new AuthorTag(TagKind.CHARACTER, name));
      }
    }
    for (long id : ids(story.get("classes"))) {
      classTag(id, tags, problems);
    }
    if (tags.stream().noneMatch(t -> t.kind() == TagKind.WARNING)) {
      tags.add(new AuthorTag(TagKind.WARNING, ArchiveTagMapper.CHOSE_NOT_TO_WARN));
    }
    return ArchiveTagMapper.tidy(tags, problems);
  }

  private void rating(String rid, List<AuthorTag> tags, List<String> problems) {
    String value = ArchiveText.plain(rid);
    if (value == null || value.equals("0")) {
      return;
    }
    String name = value;
    if (value.chars().allMatch(Character::isDigit)) {
      Row row = first(ratings, Long.parseLong(value));
      name = row == null ? null : ArchiveText.plain(row.get("rating"));
      if (name == null) {
        miss("rating id " + value + " (not in the ratings table)", problems);
        return;
      }
    }
    Rating rating = RatingMapping.toAo3(name);
    if (rating == Rating.NOT_RATED && !name.equalsIgnoreCase("not rated")) {
      miss("rating '" + name + "' (AO3 has no such rating; read as Not Rated)", problems);
    }
    tags.add(new AuthorTag(TagKind.RATING, rating.tagName()));
  }

  private void category(long id, List<AuthorTag> tags, List<String> problems) {
    List<String> chain = new ArrayList<>(); // the category, its parent, ..., the top
    Long at = id;
    while (at != null && at > 0 && chain.size() < 20) {
      Row row = first(categories, at);
      if (row == null) {
        break;
      }
      String name = ArchiveText.plain(row.get("category"));
      if (name != null) {
        chain.add(name);
      }
      Long parent = row.id("parentcatid");
      at = parent == null || parent.equals(at) ? null : parent;
    }
    if (chain.isEmpty()) {
      miss("category id " + id + " (not in the categories table)", problems);
      return;
    }
    int fandom = chain.size() - 1;
    if (fandom > 0 && MEDIA.contains(chain.get(fandom).toLowerCase(Locale.ROOT))) {
      fandom--;
    }
    String name = chain.get(fandom);
    tags.add(new AuthorTag(TagKind.FANDOM, name.equalsIgnoreCase("original")
        || name.equalsIgnoreCase("original fiction") ? "Original Work" : name));
    for (int i = 0; i < fandom; i++) {
      tags.add(new AuthorTag(TagKind.FREEFORM, chain.get(i)));
    }
  }

  private void classTag(long id, List<AuthorTag> tags, List<String> problems) {
    Row row = first(classes, id);
    String name = row == null ? null : ArchiveText.plain(row.get("class_name"));
    if (name == null) {
      miss("class id " + id + " (not in the classes table)", problems);
      return;
    }
    Long typeId = row.id("class_type");
    Row type = typeId == null ? null : first(classtypes, typeId);
    String typeName = type == null ? "" : (type.get("classtype_name") + " "
        + type.get("classtype_title")).toLowerCase(Locale.ROOT);
    if (typeName.contains("warn")) {
      String ao3 = ArchiveTagMapper.ao3Warning(name);
      ao3 = ao3 != null ? ao3 : WARNINGS.get(name.toLowerCase(Locale.ROOT));
      tags.add(ao3 != null ? new AuthorTag(TagKind.WARNING, ao3) : new AuthorTag(TagKind.FREEFORM, name));
    } else if (typeName.contains("pair") || typeName.contains("relationship") || typeName.contains("ship")) {
      tags.add(new AuthorTag(TagKind.RELATIONSHIP, name));
    } else if (typeName.contains("character")) {
      tags.add(new AuthorTag(TagKind.CHARACTER, name));
    } else {
      String category = ArchiveTagMapper.ao3Category(name);
      tags.add(category != null ? new AuthorTag(TagKind.CATEGORY, category)
          : new AuthorTag(TagKind.FREEFORM, name));
    }
  }

  private void miss(String what, List<String> problems) {
    unmapped.add(what);
    problems.add("maps to no tag: " + what);
  }

  private static Row first(Map<Long, List<Row>> byId, long id) {
    List<Row> rows = byId.get(id);
    return rows == null ? null : rows.getFirst();
  }

  /** The whole numbers of a comma-separated list; anything else in it is passed over. */
  static List<Long> ids(String list) {
    List<Long> ids = new ArrayList<>();
    if (list != null) {
      for (String part : list.split(",")) {
        String p = part.strip();
        if (!p.isEmpty() && p.chars().allMatch(Character::isDigit) && p.length() < 18) {
          long id = Long.parseLong(p);
          if (id > 0) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }
}
