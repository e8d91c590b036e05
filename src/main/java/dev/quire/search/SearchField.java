package dev.quire.search;

import dev.quire.tag.TagKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a reader may name in a query ({@code fandom:"Star Trek"}, {@code words>1000}), with
 * the names AO3 and its readers use for them. {@code kudos}, {@code hits}, {@code comments} and
 * {@code bookmarks} are the archive's own counts, the ones its pages show; {@code source_kudos} and
 * the like what an imported work's file stated at its source.
 */
enum SearchField {
  TITLE(Type.TEXT, null, "title"),
  CREATOR(Type.TEXT, null, "creator", "creators", "author", "authors", "by"),
  SUMMARY(Type.TEXT, null, "summary"),
  RATING(Type.TAG, TagKind.RATING, "rating", "ratings"),
  WARNING(Type.TAG, TagKind.WARNING, "warning", "warnings", "archive_warning", "archive_warnings"),
  CATEGORY(Type.TAG, TagKind.CATEGORY, "category", "categories"),
  FANDOM(Type.TAG, TagKind.FANDOM, "fandom", "fandoms"),
  RELATIONSHIP(Type.TAG, TagKind.RELATIONSHIP, "relationship", "relationships", "ship"),
  CHARACTER(Type.TAG, TagKind.CHARACTER, "character", "characters"),
  FREEFORM(Type.TAG, TagKind.FREEFORM, "freeform", "freeforms", "additional", "additional_tags"),
  TAG(Type.TAG, null, "tag", "tags"),
  LANGUAGE(Type.LANGUAGE, null, "language", "lang"),
  COMPLETE(Type.FLAG, null, "complete"),
  CROSSOVER(Type.FLAG, null, "crossover", "crossovers"),
  SINGLE_CHAPTER(Type.FLAG, null, "single_chapter", "oneshot"),
  WORDS(Type.NUMBER, null, "words", "word_count"),
  CHAPTERS(Type.NUMBER, null, "chapters"),
  KUDOS(Type.NUMBER, null, "kudos", "kudos_count"),
  HITS(Type.NUMBER, null, "hits"),
  COMMENTS(Type.NUMBER, null, "comments", "comments_count"),
  BOOKMARKS(Type.NUMBER, null, "bookmarks", "bookmarks_count"),
  SOURCE_KUDOS(Type.NUMBER, null, "source_kudos"),
  SOURCE_HITS(Type.NUMBER, null, "source_hits"),
  SOURCE_COMMENTS(Type.NUMBER, null, "source_comments"),
  SOURCE_BOOKMARKS(Type.NUMBER, null, "source_bookmarks"),
  PUBLISHED(Type.DATE, null, "published", "posted", "created"),
  UPDATED(Type.DATE, null, "updated", "revised", "date");

  /** What kind of value a field takes, which decides how its value is read. */
  enum Type { TEXT, TAG, LANGUAGE, FLAG, NUMBER, DATE }

  private final Type type;
  private final TagKind kind;
  private final List<String> names;

  SearchField(Type type, TagKind kind, String... names) {
    this.type = type;
    this.kind = kind;
    this.names = List.of(names);
  }

  Type type() {
    return type;
  }

  /** The kind of tag a {@link Type#TAG} field matches; {@code null} for any kind. */
  TagKind kind() {
    return kind;
  }

  /** The name readers write first. */
  String displayName() {
    return names.getFirst();
  }

  /** The field a reader named, ignoring case; empty when no field has that name. */
  static Optional<SearchField> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    for (SearchField field : values()) {
      if (field.names.contains(wanted)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
