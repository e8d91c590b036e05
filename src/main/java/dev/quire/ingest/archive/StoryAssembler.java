package dev.quire.ingest.archive;

import dev.quire.ingest.archive.ArchiveTable.Row;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds one {@link ArchivedStory} from a row of {@code stories} and the rows that belong to it.
 * What keeps a story out (do not import, no or unknown author, no chapters, a chapter without
 * text) is collected as problems, all of them, and the story is then left unbuilt; lesser problems
 * (an unreadable date, an unknown rating, a missing tag) are reported beside a built story. Not
 * thread-safe.
 */
final class StoryAssembler {

  private static final Set<String> COMPLETE =
      Set.of("1", "y", "yes", "true", "complete", "completed", "finished");

  private final ArchiveIndex index;

  StoryAssembler(ArchiveIndex index) {
    this.index = index;
  }

  ArchivedStory assemble(long storyId, Row story) {
    List<Row> chapterRows = index.chaptersOf(storyId);
    String record = record(storyId, story, chapterRows);
    if (story.flag("do_not_import")) {
      return new ArchivedStory(storyId, null, List.of(ArchivedStory.DO_NOT_IMPORT), record);
    }
    List<String> blocking = new ArrayList<>();
    List<String> creators = creators(storyId, story, blocking);
    List<StoryChapter> chapters = chapters(chapterRows, blocking);
    if (!blocking.isEmpty()) {
      return new ArchivedStory(storyId, null, blocking, record);
    }
    List<String> problems = new ArrayList<>();
    StoryDocument document = StoryDocument.builder()
        .title(ArchiveText.plain(story.get("title")))
        .creators(creators)
        .summary(ArchiveText.html(story.get("summary")))
        .notes(ArchiveText.html(story.get("notes")))
        .endNotes(ArchiveText.html(story.get("end_notes")))
        .language(ArchiveText.plain(story.get("language_code", "language")))
        .tags(tags(storyId, story, problems))
        .chaptersExpected(isComplete(story) ? chapters.size() : null)
        .published(date(story, "date", problems))
        .updated(date(story, "updated", problems))
        .chapters(chapters)
        .sourceUrl(ArchiveText.plain(story.get("url")))
        .build();
    return new ArchivedStory(storyId, document, problems, record);
  }

  /** The story's authors: from a link table when the archive has one, else its own columns. */
  private List<Long> authorIds(long storyId, Row story) {
    List<Long> linked = index.linkedAuthorIdsOf(storyId);
    if (!linked.isEmpty()) {
      return linked;
    }
    List<Long> ids = new ArrayList<>();
    for (Long id : new Long[] {story.id("author_id", "uid"), story.id("coauthor_id")}) {
      if (id != null && id != 0) {
        ids.add(id);
      }
    }
    return ids;
  }

  private String record(long storyId, Row story, List<Row> chapters) {
    List<Row> authors = new ArrayList<>();
    List<Long> ids = authorIds(storyId, story);
    for (long id : ids) {
      Row author = index.author(id);
      if (author != null) {
        authors.add(author);
      }
    }
    List<Row> tags = index.tagRowsOf(storyId, new ArrayList<>());
    return StoryRecord.of(story, chapters, authors, tags);
  }

  private List<String> creators(long storyId, Row story, List<String> problems) {
    List<Long> ids = authorIds(storyId, story);
    if (ids.isEmpty()) {
      problems.add("the story names no author");
    }
    Set<String> names = new LinkedHashSet<>();
    for (long id : ids) {
      Row author = index.author(id);
      String name = author == null ? null : ArchiveText.plain(author.get("name", "penname"));
      if (author == null) {
        problems.add("author " + id + " is not in the authors table");
      } else if (name == null) {
        problems.add("author " + id + " has no name");
      } else if (author.flag("do_not_import")) {
        problems.add("author " + name + " (" + id + ") is marked do not import");
      } else {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private List<StoryChapter> chapters(List<Row> rows, List<String> problems) {
    if (rows.isEmpty()) {
      problems.add("the story has no chapters");
    }
    List<StoryChapter> chapters = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String body = ArchiveText.html(row.get("text"));
      if (body == null) {
        problems.add("chapter " + (i + 1) + " (id " + row.get("id") + ") has no text");
        continue;
      }
      chapters.add(new StoryChapter(
          ArchiveText.plain(row.get("title")),
          ArchiveText.html(row.get("notes")),
          ArchiveText.html(row.get("end_notes")),
          body));
    }
    return chapters;
  }

  private List<AuthorTag> tags(long storyId, Row story, List<String> problems) {
    List<Row> tagRows = index.tagRowsOf(storyId, problems);
    List<AuthorTag> tags = new ArrayList<>();
    if (tagRows.isEmpty()) {
      tags.addAll(ArchiveTagMapper.storyColumnTags(story, problems));
    } else {
      for (Row tag : tagRows) {
        tags.addAll(ArchiveTagMapper.tagsOf(tag, problems));
      }
      if (tags.stream().noneMatch(t -> t.kind() == TagKind.RATING)) {
        tags.addAll(ArchiveTagMapper.ratingColumn(story, problems));
      }
    }
    return ArchiveTagMapper.tidy(tags, problems);
  }

  private static boolean isComplete(Row story) {
    String value = story.get("complete", "completed", "status");
    return value != null && COMPLETE.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  private static LocalDate date(Row row, String column, List<String> problems) {
    try {
      return ArchiveText.date(row.get(column));
    } catch (ArchiveText.BadDate e) {
      problems.add(column + ": " + e.getMessage());
      return null;
    }
  }
}
