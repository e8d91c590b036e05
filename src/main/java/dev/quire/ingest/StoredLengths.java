package dev.quire.ingest;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.SeriesPlace;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.List;

/**
 * Fits a story to the lengths the database keeps (names 255 characters, titles 1,000), saying what
 * it changed: a name or title is shortened, a tag too long to be a tag is left out. A file with an
 * absurd byline then imports with a flag instead of failing.
 */
final class StoredLengths {

  static final int NAME = 255;
  static final int TITLE = 1000;

  private StoredLengths() {}

  static StoryDocument fit(StoryDocument story, List<String> flags) {
    List<String> creators = story.creators().stream().map(c -> shorten(c, NAME, "creator name", flags)).toList();
    List<AuthorTag> tags = story.tags().stream().filter(tag -> {
      if (tag.name().strip().length() <= NAME) {
        return true;
      }
      flags.add("tag too long, left out: " + tag.name().strip().substring(0, 40) + "…");
      return false;
    }).toList();
    List<SeriesPlace> series = story.series().stream()
        .map(s -> new SeriesPlace(shorten(s.title(), TITLE, "series title", flags), s.position())).toList();
    List<StoryChapter> chapters = story.chapters().stream()
        .map(c -> c.title() == null || c.title().length() <= TITLE ? c
            : new StoryChapter(shorten(c.title(), TITLE, "chapter title", flags), c.summary(), c.notes(), c.endNotes(),
                c.bodyHtml()))
        .toList();
    return story.toBuilder().creators(creators).tags(tags).series(series).chapters(chapters).build();
  }

  static String shorten(String text, int limit, String what, List<String> flags) {
    String stripped = text.strip();
    if (stripped.length() <= limit) {
      return stripped;
    }
    flags.add(what + " shortened to " + limit + " characters");
    return stripped.substring(0, limit - 1) + "…";
  }
}
