package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import dev.quire.ingest.format.RatingMapping;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.tag.Rating;
import dev.quire.tag.TagKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places an archive's tags under AO3's kinds.
 *
 * <p>A row of the {@code tags} table is read as the Open Doors tag wranglers left it: its
 * {@code ao3_tag} (several names, comma-separated, each with the {@code ao3_tag_type} at the same
 * position, or the first type) when set, else its {@code original_tag} under its {@code
 * original_type} (older tables: {@code original_table}). Categories named in {@code
 * ao3_tag_category} are added too. Without a tags table, the comma-separated columns on {@code
 * stories} ({@code rating}, {@code warnings}, {@code categories}, {@code fandoms}, {@code
 * characters}, {@code relationships}, {@code tags}) give the tags.
 *
 * <p>Type names match ignoring case and plurals: rating; warning or archive warning; category;
 * fandom; relationship, pairing or ship; character; freeform, additional tags or tags. Any other
 * type is an additional tag. Ratings go through {@link RatingMapping}. AO3's warnings and
 * categories are closed lists: a warning that is not one of AO3's six becomes an additional tag,
 * and a category that is neither one of AO3's six nor a common old name for one (Het, Slash,
 * Femslash, General) is the archive's section for a fandom, so it becomes a fandom. Stateless.
 */
final class ArchiveTagMapper {

  /** AO3's warning for a work whose creator gives none, as its fixed list spells it. */
  static final String CHOSE_NOT_TO_WARN = "Creator Chose Not To Use Archive Warnings";

  private static final Map<String, TagKind> KINDS = Map.ofEntries(
      Map.entry("rating", TagKind.RATING), Map.entry("warning", TagKind.WARNING),
      Map.entry("archive warning", TagKind.WARNING), Map.entry("category", TagKind.CATEGORY),
      Map.entry("categorie", TagKind.CATEGORY), Map.entry("fandom", TagKind.FANDOM),
      Map.entry("relationship", TagKind.RELATIONSHIP), Map.entry("pairing", TagKind.RELATIONSHIP),
      Map.entry("ship", TagKind.RELATIONSHIP), Map.entry("character", TagKind.CHARACTER),
      Map.entry("freeform", TagKind.FREEFORM), Map.entry("additional tag", TagKind.FREEFORM),
      Map.entry("tag", TagKind.FREEFORM));
  private static final Map<String, String> WARNINGS = Map.of(
      "creator chose not to use archive warnings", CHOSE_NOT_TO_WARN,
      // The older spelling some Open Doors tables carry, for the same fixed tag.
      "choose not to use archive warnings", CHOSE_NOT_TO_WARN,
      "graphic depictions of violence", "Graphic Depictions Of Violence",
      "major character death", "Major Character Death",
      "no archive warnings apply", "No Archive Warnings Apply",
      "rape/non-con", "Rape/Non-Con",
      "underage", "Underage");
  private static final Map<String, String> CATEGORIES = Map.ofEntries(
      Map.entry("f/m", "F/M"), Map.entry("m/f", "F/M"), Map.entry("het", "F/M"),
      Map.entry("m/m", "M/M"), Map.entry("slash", "M/M"),
      Map.entry("f/f", "F/F"), Map.entry("femslash", "F/F"), Map.entry("femmeslash", "F/F"),
      Map.entry("gen", "Gen"), Map.entry("general", "Gen"),
      Map.entry("multi", "Multi"), Map.entry("multiple", "Multi"), Map.entry("other", "Other"));
  /** The tag columns of {@code stories} with the kind of their tags. */
  private static final List<Map.Entry<String, TagKind>> STORY_COLUMNS = List.of(
      Map.entry("rating", TagKind.RATING), Map.entry("warnings", TagKind.WARNING),
      Map.entry("categories", TagKind.CATEGORY), Map.entry("fandoms", TagKind.FANDOM),
      Map.entry("relationships", TagKind.RELATIONSHIP),
      Map.entry("characters", TagKind.CHARACTER), Map.entry("tags", TagKind.FREEFORM));

  private ArchiveTagMapper() {}

  /** AO3's archive warning spelled {@code name} (ignoring case), or {@code null}. */
  static String ao3Warning(String name) {
    return WARNINGS.get(name.strip().toLowerCase(Locale.ROOT));
  }

  /** AO3's category {@code name} stands for (its own names, Het, Slash, ...), or {@code null}. */
  static String ao3Category(String name) {
    return CATEGORIES.get(name.strip().toLowerCase(Locale.ROOT));
  }

  /** The AO3 kind a type name stands for, or {@code null} when it names none. */
  static TagKind kindOfType(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    String key = type.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]+", " ");
    key = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    return KINDS.get(key);
  }

  /** The tags one row of the {@code tags} table stands for; problems are added to the list. */
  static List<AuthorTag> tagsOf(Row tag, List<String> problems) {
    List<AuthorTag> tags = new ArrayList<>();
    TagKind originalKind = kindOfType(tag.get("original_type", "original_table"));
    List<String> ao3Names = split(tag.get("ao3_tag"));
    if (ao3Names.isEmpty()) {
      String name = ArchiveText.plain(tag.get("original_tag"));
      if (name != null) {
        add(tags, originalKind == null ? TagKind.FREEFORM : originalKind, name, problems);
      }
      return tags;
    }
    List<String> types = split(tag.get("ao3_tag_type"));
    for (int i = 0; i < ao3Names.size(); i++) {
      TagKind kind = kindOfType(types.isEmpty() ? null : types.get(i < types.size() ? i : 0));
      kind = kind != null ? kind : originalKind != null ? originalKind : TagKind.FREEFORM;
      add(tags, kind, ao3Names.get(i), problems);
    }
    for (String category : split(tag.get("ao3_tag_category"))) {
      add(tags, TagKind.CATEGORY, category, problems);
    }
    return tags;
  }

  /** The tags in the comma-separated tag columns of a {@code stories} row. */
  static List<AuthorTag> storyColumnTags(Row story, List<String> problems) {
    List<AuthorTag> tags = new ArrayList<>();
    for (Map.Entry<String, TagKind> column : STORY_COLUMNS) {
      String value = story.get(column.getKey());
      List<String> names = column.getValue() == TagKind.RATING
          ? optional(ArchiveText.plain(value)) : split(value);
      for (String name : names) {
        add(tags, column.getValue(), name, problems);
      }
    }
    return tags;
  }

  /** The rating the {@code rating} column of a {@code stories} row gives, if any. */
  static List<AuthorTag> ratingColumn(Row story, List<String> problems) {
    List<AuthorTag> tags = new ArrayList<>();
    for (String name : optional(ArchiveText.plain(story.get("rating")))) {
      add(tags, TagKind.RATING, name, problems);
    }
    return tags;
  }

  /**
   * The tags without repeats (names compared ignoring case), with one rating (the strictest
   * stated, since a work shows only one), in AO3's order of kinds.
   */
  static List<AuthorTag> tidy(List<AuthorTag> tags, List<String> problems) {
    Set<String> seen = new HashSet<>();
    List<AuthorTag> result = new ArrayList<>();
    List<Rating> ratings = new ArrayList<>();
    for (AuthorTag tag : tags) {
      if (!seen.add(tag.kind() + "\u0000" + tag.name().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (tag.kind() == TagKind.RATING) {
        ratings.add(Rating.fromTagName(tag.name()).orElse(Rating.NOT_RATED));
      } else {
        result.add(tag);
      }
    }
    if (!ratings.isEmpty()) {
      Rating strictest = ratings.stream().max(Comparator.comparingInt(ArchiveTagMapper::rank))
          .orElseThrow();
      if (ratings.size() > 1) {
        problems.add("several ratings are given (" + String.join(", ",
            ratings.stream().map(Rating::tagName).toList()) + "); kept " + strictest.tagName());
      }
      result.add(new AuthorTag(TagKind.RATING, strictest.tagName()));
    }
    result.sort(Comparator.comparing(AuthorTag::kind));
    return result;
  }

  private static int rank(Rating rating) {
    return rating == Rating.NOT_RATED ? -1 : rating.ordinal();
  }

  private static void add(List<AuthorTag> tags, TagKind kind, String name, List<String> problems) {
    String key = name.toLowerCase(Locale.ROOT);
    switch (kind) {
      case RATING -> {
        Rating rating = RatingMapping.toAo3(name);
        if (rating == Rating.NOT_RATED && !key.equals("not rated")) {
          problems.add("rating '" + name + "' is not one AO3 knows; read as Not Rated");
        }
        tags.add(new AuthorTag(TagKind.RATING, rating.tagName()));
      }
      case WARNING -> tags.add(WARNINGS.containsKey(key)
          ? new AuthorTag(TagKind.WARNING, WARNINGS.get(key))
          : new AuthorTag(TagKind.FREEFORM, name));
      case CATEGORY -> tags.add(CATEGORIES.containsKey(key)
          ? new AuthorTag(TagKind.CATEGORY, CATEGORIES.get(key))
          : new AuthorTag(TagKind.FANDOM, name));
      default -> tags.add(new AuthorTag(kind, name));
    }
  }

  /** The comma-separated names of a value; AO3 tag names never hold a comma. */
  private static List<String> split(String value) {
    List<String> names = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(",")) {
        names.addAll(optional(ArchiveText.plain(part)));
      }
    }
    return names;
  }

  private static List<String> optional(String name) {
    return name == null ? List.of() : List.of(name);
  }
}
