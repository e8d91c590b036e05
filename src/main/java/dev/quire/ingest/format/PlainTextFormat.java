package dev.quire.ingest.format;

import dev.quire.ingest.TextDecoder;
import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a story saved as plain text, the way old mailing-list and archive files were written.
 *
 * <p>Layout, with every label matched ignoring case:
 *
 * <ul>
 *   <li><b>Front matter</b>: labelled lines before the first story paragraph, in any order.
 *       <ul>
 *         <li>{@code A/N ...}, {@code A/N: ...}, {@code AN: ...}, {@code Author's note: ...} and
 *             {@code Note: ...} become the work's notes without their label; unlabelled lines in
 *             the same paragraph continue them.
 *         <li>{@code Disclaimer: ...} follows them in the notes, label kept.
 *         <li>{@code BY : name}, {@code By: name}, {@code Author: name} or {@code by name} alone on
 *             a line credit creators; "X and Y", "X &amp; Y" and "X, Y" credit several.
 *         <li>{@code Title: ...} and {@code Summary: ...} fill those fields, and a line directly
 *             above a byline is the title.
 *       </ul>
 *   <li><b>Chapters</b>: a line that is only a heading ({@code Part 2}, {@code Chapter One}, {@code
 *       Chapter 12: The Name}, {@code Part II}, {@code Prologue}, {@code Epilogue}) starts a
 *       chapter titled as written. Text before the first heading is a chapter only if it holds
 *       story paragraphs; a file without headings is one untitled chapter.
 *   <li><b>Chapter notes</b>: note or disclaimer paragraphs right after a heading are the chapter's
 *       notes, those closing a chapter its end notes, and those closing the file the work's end
 *       notes.
 *   <li><b>Paragraphs</b> are separated by blank lines; the lines of a paragraph are joined with a
 *       space unless they read as verse. Short lines (up to 70 characters) read as verse when one
 *       ends open (comma, dash, no punctuation) before another, when the next starts in lower case,
 *       or when a quotation opened on the first line closes only on a later one; a lyric typed with
 *       a blank line after every line counts too. Verse keeps every line: {@code <blockquote
 *       class="verse"><p>line<br>line</p></blockquote>}. A line ending with a closing quote mark
 *       never links on, so runs of short dialogue stay prose.
 * </ul>
 *
 * <p>All HTML is built from text nodes, so markup in the file is shown, never run. The file gives
 * no language, tags or dates, so those stay empty. Stateless and thread-safe.
 */
public final class PlainTextFormat implements StoryFormat {

  // Enough of the start of a file to see an HTML document's opening tag behind a BOM and blanks.
  private static final int HTML_SNIFF_BYTES = 512;

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public String name() {
    return "plain-text";
  }

  /**
   * Accepts a {@code .txt} file whatever its bytes, since its name says it is text and {@link
   * #read} can then say why it is not ("binary content", "invalid UTF-8 at byte N"). A file without
   * an extension is accepted only when its first bytes look like text. Either way an HTML document
   * is left to the formats that read HTML.
   */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    if (fileName == null || looksLikeHtml(content)) {
      return false;
    }
    int dot = fileName.lastIndexOf('.');
    if (dot <= 0) {
      return !decoder.looksBinary(content);
    }
    return fileName.substring(dot + 1).equalsIgnoreCase("txt");
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    return PlainTextParser.parse(decoder.decode(content).text());
  }

  private static boolean looksLikeHtml(byte[] content) {
    // ISO-8859-1 maps every byte to a char, so the ASCII of a tag survives whatever the encoding.
    int length = Math.min(content.length, HTML_SNIFF_BYTES);
    String start =
        new String(content, 0, length, StandardCharsets.ISO_8859_1)
            .replace("\u00EF\u00BB\u00BF", "")
            .strip()
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }
}
