package dev.quire.story;

import dev.quire.tag.TagKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a format parser read from one file: the work's metadata and its chapters, before anything is
 * stored. Pure data: no database identity, no Spring.
 *
 * <p>Text fields that hold prose ({@code summary}, {@code notes}, {@code endNotes}) and every
 * chapter body are sanitized HTML fragments. A field the file does not state is {@code null} (or an
 * empty list); parsers never invent values.
 *
 * @param title the title the file states, or {@code null} when it has none
 * @param creators names as credited, in the file's order
 * @param summary the work's summary as HTML, or {@code null}
 * @param notes notes before the work (author's notes, disclaimers) as HTML, or {@code null}
 * @param endNotes notes after the work as HTML, or {@code null}
 * @param language a BCP 47 language tag, or {@code null} when the file does not say
 * @param tags tags the author gave, each under its AO3 kind
 * @param chaptersExpected the planned number of chapters, or {@code null} when unknown ({@code x/?})
 * @param published the first publication date the file states, or {@code null}
 * @param updated the last update date the file states, or {@code null}
 * @param chapters at least one chapter, in reading order
 */
public record StoryDocument(
    String title,
    List<String> creators,
    String summary,
    String notes,
    String endNotes,
    String language,
    List<AuthorTag> tags,
    Integer chaptersExpected,
    LocalDate published,
    LocalDate updated,
    List<StoryChapter> chapters) {

  public StoryDocument {
    creators = List.copyOf(creators);
    tags = List.copyOf(tags);
    chapters = List.copyOf(chapters);
    if (chapters.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one chapter");
    }
  }

  /** A tag the file itself gives the work. */
  public record AuthorTag(TagKind kind, String name) {
    public AuthorTag {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * One chapter as read from the file.
   *
   * @param title the chapter's heading as written ("Part 2", "Chapter One"), or {@code null}
   * @param notes notes at the start of the chapter as HTML, or {@code null}
   * @param endNotes notes at the end of the chapter as HTML, or {@code null}
   * @param bodyHtml the chapter text as sanitized HTML
   */
  public record StoryChapter(String title, String notes, String endNotes, String bodyHtml) {
    public StoryChapter {
      Objects.requireNonNull(bodyHtml, "bodyHtml");
    }
  }
}
