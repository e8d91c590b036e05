package dev.quire.download;

import dev.quire.work.WorkDetails.ChapterText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings.Syntax;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities.EscapeMode;

/**
 * Writes a work as one self-contained HTML5 file that the Nu HTML Checker passes: the preface,
 * a table of contents, each chapter with its notes, the afterword, and the style sheet inline. It
 * loads nothing from anywhere; images in the text become links. Sections are written one at a
 * time, so a long work is never one string in memory. The stream is not closed. Stateless and
 * thread-safe.
 */
public final class HtmlWriter {

  /** Writes {@code book} to {@code out}, which stays open. */
  public void write(WorkBook book, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write("<!DOCTYPE html>\n<html lang=\"" + book.languages().getFirst() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + XmlText.escape(XmlText.orElse(book.title(), "Untitled")) + "</title>\n"
        + "<style>\n" + BookMarkup.STYLE + "</style>\n</head>\n<body>\n");
    Document document = Document.createShell("");
    document.outputSettings().syntax(Syntax.html).escapeMode(EscapeMode.base)
        .charset(StandardCharsets.UTF_8).prettyPrint(false);
    section(writer, document, body -> BookMarkup.preface(book, body));
    section(writer, document, body -> contents(book, body));
    List<ChapterText> chapters = book.work().chapters();
    for (int i = 0; i < chapters.size(); i++) {
      ChapterText chapter = chapters.get(i);
      String id = anchor(i);
      section(writer, document, body -> BookMarkup.chapter(chapter, body, id));
    }
    if (BookMarkup.hasAfterword(book)) {
      section(writer, document, body -> BookMarkup.afterword(book, body));
    }
    writer.write("</body>\n</html>\n");
    writer.flush();
  }

  private static String anchor(int chapterIndex) {
    return "chapter-" + (chapterIndex + 1);
  }

  private static void contents(WorkBook book, Element body) {
    Element nav = body.appendElement("nav").id("toc");
    nav.appendElement("h2").text("Contents");
    Element list = nav.appendElement("ol");
    List<ChapterText> chapters = book.work().chapters();
    for (int i = 0; i < chapters.size(); i++) {
      list.appendElement("li").appendElement("a").attr("href", "#" + anchor(i))
          .text(XmlText.orElse(chapters.get(i).heading(), anchor(i)));
    }
    if (BookMarkup.hasAfterword(book)) {
      list.appendElement("li").appendElement("a").attr("href", "#afterword").text("Afterword");
    }
  }

  /** Writes what {@code content} builds, then lets it go before the next section is built. */
  private static void section(Writer writer, Document document, Consumer<Element> content) throws IOException {
    Element body = document.body();
    body.empty();
    content.accept(body);
    body.html(writer);
    writer.write('\n');
  }
}
