package dev.quire.download;

import dev.quire.work.WorkDetails;
import dev.quire.work.WorkDetails.ChapterText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a work as plain UTF-8 text: a title block, the preface's facts, summary and notes, then
 * each chapter under an underlined heading with its notes, then the work's end notes. Paragraphs
 * are single lines separated by a blank line, never wrapped, so any reader wraps them to its own
 * width; line ends are {@code \n}. The stream is not closed. Stateless and thread-safe.
 */
public final class TextWriter {

  /** Writes {@code book} to {@code out}, which stays open. */
  public void write(WorkBook book, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    WorkDetails work = book.work();
    heading(writer, XmlText.orElse(book.title(), "Untitled"), '=');
    line(writer, "by " + work.summary().byline());
    writer.write('\n');
    line(writer, "Posted on this archive at " + book.address());
    if (book.firstPublished().isPresent()) {
      line(writer, "First published at " + book.firstPublished().get());
    }
    writer.write('\n');
    for (WorkMeta meta : WorkMeta.of(work)) {
      line(writer, meta.label() + " " + String.join("; ", meta.values()));
    }
    notes(writer, "Summary:", work.summary().summary());
    notes(writer, "Notes:", work.notes());
    for (ChapterText chapter : work.chapters()) {
      writer.write("\n\n");
      heading(writer, XmlText.orElse(chapter.heading(), "Chapter " + chapter.position()), '-');
      notes(writer, "Notes:", chapter.notes());
      paragraphs(writer, ProseText.paragraphs(chapter.body()));
      notes(writer, "End Notes:", chapter.endNotes());
    }
    if (BookMarkup.hasAfterword(book)) {
      writer.write("\n\n");
      heading(writer, "Afterword", '-');
      notes(writer, "End Notes:", work.endNotes());
    }
    writer.flush();
  }

  /** A heading underlined as long as it is (in characters, up to a line's usual width). */
  private static void heading(Writer writer, String text, char underline) throws IOException {
    String clean = XmlText.clean(text).replace('\n', ' ');
    line(writer, clean);
    line(writer, String.valueOf(underline).repeat(Math.min(72, Math.max(3, clean.codePointCount(0, clean.length())))));
  }

  private static void notes(Writer writer, String label, String html) throws IOException {
    List<String> paragraphs = ProseText.paragraphs(html);
    if (!paragraphs.isEmpty()) {
      writer.write('\n');
      line(writer, label);
      paragraphs(writer, paragraphs);
    }
  }

  private static void paragraphs(Writer writer, List<String> paragraphs) throws IOException {
    for (String paragraph : paragraphs) {
      writer.write('\n');
      line(writer, paragraph);
    }
  }

  private static void line(Writer writer, String text) throws IOException {
    writer.write(XmlText.clean(text));
    writer.write('\n');
  }
}
