package dev.quire.ingest.format;

import dev.quire.story.StoryDocument.StoryChapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the spine of an EPUB that is not AO3's into chapters: each spine file is a chapter, titled
 * by the table of contents' label for it or else by its first heading (a heading that repeats the
 * title is dropped from the text). Covers, title pages, tables of contents and files without text
 * are left out; a leading file whose first heading repeats the work's title is the title page, and
 * its other text is offered as the work's notes. When the table of contents labels chapters, a
 * file it does not label and that has no heading continues the chapter before it (calibre splits
 * long chapters into several files). Not thread-safe: one instance reads one book.
 */
final class EpubChapters {

  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

  /** A spine file, parsed. */
  record SpineDocument(String path, boolean frontMatter, Document html) {}

  private final Map<String, String> labels;
  private final String workTitle;
  private final List<StoryChapter> chapters = new ArrayList<>();
  private final StringBuilder titlePageNotes = new StringBuilder();

  private EpubChapters(Map<String, String> labels, String workTitle) {
    this.labels = labels;
    this.workTitle = workTitle;
  }

  /** The chapters, in spine order, and any notes found on the title page. */
  record Result(List<StoryChapter> chapters, String titlePageNotes) {}

  static Result read(List<SpineDocument> spine, Map<String, String> labels, String workTitle) {
    EpubChapters reader = new EpubChapters(labels, workTitle);
    boolean labelsChapters = spine.stream()
        .anyMatch(d -> !d.frontMatter() && labels.containsKey(d.path()));
    for (SpineDocument document : spine) {
      Element body = document.html().body();
      if (document.frontMatter() || !hasText(body)) {
        continue;
      }
      if (reader.chapters.isEmpty() && reader.isTitlePage(body)) {
        reader.keepTitlePageNotes(body);
      } else if (labelsChapters && !reader.chapters.isEmpty()
          && !labels.containsKey(document.path()) && body.selectFirst(HEADINGS) == null) {
        reader.continueChapter(body);
      } else {
        reader.addChapter(document.path(), body);
      }
    }
    String notes = reader.titlePageNotes.isEmpty() ? null : reader.titlePageNotes.toString();
    return new Result(List.copyOf(reader.chapters), notes);
  }

  private void addChapter(String path, Element body) {
    Element heading = body.selectFirst(HEADINGS);
    String title = labels.get(path);
    if (title == null && heading != null && !heading.text().isBlank()) {
      title = heading.text().strip();
    }
    if (heading != null && title != null && comparable(heading.text()).equals(comparable(title))) {
      heading.remove();
    }
    chapters.add(new StoryChapter(title, null, null, body.html().strip()));
  }

  private void continueChapter(Element body) {
    StoryChapter last = chapters.removeLast();
    chapters.add(new StoryChapter(last.title(), last.notes(), last.endNotes(),
        last.bodyHtml() + body.html().strip()));
  }

  private boolean isTitlePage(Element body) {
    Element heading = body.selectFirst(HEADINGS);
    return workTitle != null && heading != null && !comparable(workTitle).isEmpty()
        && comparable(heading.text()).startsWith(comparable(workTitle));
  }

  private void keepTitlePageNotes(Element body) {
    body.selectFirst(HEADINGS).remove();
    if (hasText(body)) {
      titlePageNotes.append(body.html().strip());
    }
  }

  private static boolean hasText(Element body) {
    return body.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** Letters and digits, lower-cased, so "I Drive Myself: Crazy" matches "I Drive Myself Crazy". */
  private static String comparable(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
  }
}
