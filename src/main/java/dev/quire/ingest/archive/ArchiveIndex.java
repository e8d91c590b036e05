package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an archive's tables looked up by story: its chapters in reading order, its authors
 * and its tag rows. Rows whose ids are not numbers cannot be referred to and are left out. The
 * chapters wait in their spill; the index holds only where each is. Not
 * thread-safe while built; read-only afterwards.
 */
final class ArchiveIndex {

  private static final String[] STORY_ID = {"story_id", "sid"};
  private static final Comparator<SpilledRows.Ref> READING_ORDER = Comparator
      .comparing(SpilledRows.Ref::position, Comparator.nullsLast(Long::compare))
      .thenComparing(SpilledRows.Ref::id, Comparator.nullsLast(Long::compare))
      .thenComparingInt(SpilledRows.Ref::number);

  private final Map<Long, Row> authors = new HashMap<>();
  private final Map<Long, Row> tags = new HashMap<>();
  private final SpilledRows chapters;
  private final Map<Long, List<SpilledRows.Ref>> chaptersByStory = new HashMap<>();
  private final Map<Long, List<Long>> authorIdsByStory = new HashMap<>();
  private final Map<Long, List<Long>> tagIdsByStory = new HashMap<>();
  private final Map<Long, List<Row>> tagRowsByStory = new HashMap<>();

  ArchiveIndex(ArchiveTables tables) {
    for (Row author : tables.authors().rows()) {
      putIfNumbered(authors, author.id("id"), author);
    }
    chapters = tables.chapterRows();
    for (SpilledRows.Ref chapter : chapters.refs()) {
      if (chapter.owner() != null) {
        chaptersByStory.computeIfAbsent(chapter.owner(), s -> new ArrayList<>()).add(chapter);
      }
    }
    chaptersByStory.values().forEach(list -> list.sort(READING_ORDER));
    for (ArchiveTable link : tables.authorLinks()) {
      link(link, "author_id", "uid", authorIdsByStory);
    }
    for (ArchiveTable link : tables.tagLinks()) {
      link(link, "tag_id", "tid", tagIdsByStory);
    }
    if (tables.tags() != null) {
      indexTags(tables.tags(), tables.tagLinks().isEmpty());
    }
  }

  private void indexTags(ArchiveTable table, boolean rowsNameTheirStory) {
    // Early Open Doors scripts wrote one tags row per story and tag, with the story's id in it.
    boolean byStory = rowsNameTheirStory && table.hasAny(STORY_ID);
    for (Row tag : table.rows()) {
      putIfNumbered(tags, tag.id("id"), tag);
      Long story = byStory ? tag.id(STORY_ID) : null;
      if (story != null) {
        tagRowsByStory.computeIfAbsent(story, s -> new ArrayList<>()).add(tag);
      }
    }
  }

  /** Collects (story, other) pairs of a link table; rows for other kinds of item are skipped. */
  private static void link(ArchiveTable table, String otherColumn, String otherAlias,
      Map<Long, List<Long>> into) {
    for (Row row : table.rows()) {
      String type = row.get("item_type");
      if (type != null && !type.isBlank() && !type.strip().equalsIgnoreCase("story")) {
        continue;
      }
      Long story = row.id("item_id", "story_id", "sid");
      Long other = row.id(otherColumn, otherAlias);
      if (story != null && other != null) {
        into.computeIfAbsent(story, s -> new ArrayList<>()).add(other);
      }
    }
  }

  private static void putIfNumbered(Map<Long, Row> into, Long id, Row row) {
    if (id != null) {
      into.putIfAbsent(id, row);
    }
  }

  /** The story's chapters in reading order (by position, then by id), read back from the spill. */
  List<Row> chaptersOf(long storyId) {
    return chaptersByStory.getOrDefault(storyId, List.of()).stream().map(chapters::row).toList();
  }

  /** The author ids a link table gives the story, in the table's order; empty when none. */
  List<Long> linkedAuthorIdsOf(long storyId) {
    return authorIdsByStory.getOrDefault(storyId, List.of());
  }

  /** The author with this id, or {@code null}. */
  Row author(long authorId) {
    return authors.get(authorId);
  }

  /**
   * The rows of the tags table that belong to the story; a linked tag id the table lacks is added
   * to {@code problems}.
   */
  List<Row> tagRowsOf(long storyId, List<String> problems) {
    List<Row> rows = new ArrayList<>(tagRowsByStory.getOrDefault(storyId, List.of()));
    for (Long tagId : tagIdsByStory.getOrDefault(storyId, List.of())) {
      Row tag = tags.get(tagId);
      if (tag == null) {
        problems.add("tag " + tagId + " is not in the tags table");
      } else {
        rows.add(tag);
      }
    }
    return rows;
  }
}
