package dev.quire.ingest;

import dev.quire.ingest.archive.ArchivedStory;
import dev.quire.story.StoryDocument.AuthorTag;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.WordCounter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an old archive held, counted as its stories pass, for the archive's line of the report:
 * stories (and how many could not be read), chapters, words, authors, tags by kind, and each tag
 * that maps to nothing, for the wranglers. Not thread-safe.
 */
final class ArchiveSummary {

  private int stories;
  private int unreadable;
  private int chapters;
  private long words;
  private final Map<TagKind, Set<String>> tags = new EnumMap<>(TagKind.class);

  void add(ArchivedStory story) {
    stories++;
    if (!story.readable()) {
      unreadable++;
      return;
    }
    for (StoryChapter chapter : story.story().chapters()) {
      chapters++;
      words += WordCounter.countHtml(HtmlSanitizer.clean(chapter.bodyHtml()));
    }
    for (AuthorTag tag : story.story().tags()) {
      tags.computeIfAbsent(tag.kind(), k -> new TreeSet<>()).add(tag.name());
    }
  }

  /**
   * @param kind the archive's kind as the report names it ({@code eFiction archive})
   * @param unmapped the tags that map to nothing
   */
  List<String> lines(String kind, int authors, Collection<String> unmapped) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s: %d stories (%d unreadable), %d chapters, %,d words, %d authors",
        kind, stories, unreadable, chapters, words, authors));
    List<String> kinds = new ArrayList<>();
    tags.forEach((tagKind, names) -> kinds.add(names.size() + " " + tagKind.pluralLabel().toLowerCase(Locale.ROOT)));
    lines.add("tags by kind: " + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
    unmapped.stream().sorted().forEach(tag -> lines.add("maps to no tag: " + tag));
    return lines;
  }
}
