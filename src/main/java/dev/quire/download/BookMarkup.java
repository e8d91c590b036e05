package dev.quire.download;

import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import dev.quire.work.WorkSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The parts of a download that EPUB and HTML share, built as elements under a parent of the
 * caller's document, whose output settings then write them as XHTML or HTML: a work's preface
 * (title, byline, tags grouped by kind as AO3's preface shows them, series, stats, summary,
 * notes), a chapter with its notes, the work's afterword, a series' title page. Stateless.
 */
final class BookMarkup {

  /** The style sheet of every download, plain CSS that EPUB and HTML checkers accept. */
  static final String STYLE = readStyle();

  private BookMarkup() {}

  /** The work's preface: what AO3 puts before the first chapter of a download. */
  static void preface(WorkBook book, Element parent) {
    WorkSummary summary = book.work().summary();
    Element preface = parent.appendElement("div").addClass("preface").id("preface");
    text(preface, "h1", book.title()).addClass("title");
    text(preface, "p", "by " + summary.byline()).addClass("byline");
    Element message = preface.appendElement("p").addClass("message");
    message.appendText("Posted on this archive at ");
    link(message, book.address(), book.address());
    message.appendText(".");
    book.firstPublished().ifPresent(first -> {
      message.appendText(" First published at ");
      link(message, first, first);
      message.appendText(".");
    });
    tags(book.work(), preface.appendElement("dl").addClass("tags"));
    notes(preface, "h2", "Summary", "summary", summary.summary());
    notes(preface, "h2", "Notes", "notes", book.work().notes());
  }

  /** One chapter: its heading, the notes before it, its text, the notes after it. */
  static void chapter(ChapterText chapter, Element parent, String id) {
    Element section = parent.appendElement("section").addClass("chapter").id(id);
    text(section, "h2", chapter.heading()).addClass("heading");
    notes(section, "h3", "Notes", "notes", chapter.notes());
    ProseMarkup.append(chapter.body(), section.appendElement("div").addClass("userstuff"));
    notes(section, "h3", "End Notes", "end notes", chapter.endNotes());
  }

  /** Whether the work has an afterword: notes after its last chapter. */
  static boolean hasAfterword(WorkBook book) {
    return book.work().endNotes() != null && !book.work().endNotes().isBlank();
  }

  /** The work's end notes, after its last chapter. */
  static void afterword(WorkBook book, Element parent) {
    Element section = parent.appendElement("section").addClass("afterword").id("afterword");
    text(section, "h2", "Afterword").addClass("heading");
    notes(section, "h3", "End Notes", "end notes", book.work().endNotes());
  }

  /** A series' title page: its title, creators, summary, and its works linked in order. */
  static void seriesPage(SeriesBook book, List<String> workLinks, Element parent) {
    Element page = parent.appendElement("div").addClass("preface series").id("preface");
    text(page, "h1", book.title()).addClass("title");
    text(page, "p", "by " + (book.creators().isEmpty() ? "Anonymous" : String.join(", ", book.creators())))
        .addClass("byline");
    notes(page, "h2", "Summary", "summary", book.summary());
    text(page, "h2", "Works");
    Element works = page.appendElement("ol").addClass("works");
    List<WorkBook> parts = book.works();
    for (int i = 0; i < parts.size(); i++) {
      Element item = works.appendElement("li");
      link(item, workLinks.get(i), parts.get(i).title());
      item.appendText(" by " + XmlText.clean(parts.get(i).work().summary().byline()));
    }
  }

  private static void tags(WorkDetails work, Element list) {
    for (WorkMeta line : WorkMeta.of(work)) {
      list.appendElement("dt").addClass(line.kind()).text(line.label());
      for (String value : line.values()) {
        list.appendElement("dd").addClass(line.kind()).text(XmlText.clean(value));
      }
    }
  }

  private static void notes(Element parent, String heading, String label, String kind, String html) {
    if (html == null || html.isBlank()) {
      return;
    }
    Element module = parent.appendElement("div").addClass(kind);
    text(module, heading, label + ":").addClass("heading");
    ProseMarkup.append(html, module.appendElement("blockquote").addClass("userstuff"));
  }

  private static Element text(Element parent, String tag, String text) {
    return parent.appendElement(tag).text(XmlText.orElse(text, "Untitled"));
  }

  private static void link(Element parent, String href, String text) {
    parent.appendElement("a").attr("href", href).text(XmlText.clean(text));
  }

  private static String readStyle() {
    try (InputStream in = BookMarkup.class.getResourceAsStream("book.css")) {
      if (in == null) {
        throw new IllegalStateException("book.css is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
