package dev.quire.ingest.format;

import dev.quire.ingest.TextDecoder;
import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a story whose file opens with labelled header lines, as stories were posted to journals
 * and mailing lists and as AO3's importer reads them:
 *
 * <pre>
 * Title: The Long Way Home
 * Author: A. Writer
 * Rating: PG-13
 * Fandom: Some Show
 * Pairing: A/B
 * Summary: Two friends walk home
 * the long way.
 *
 * The story...
 * </pre>
 *
 * <p>Labels, ignoring case, each followed by a colon: {@code Title}, {@code Author}/{@code By},
 * {@code Rating} (mapped by {@link RatingMapping}; "PG-13 for language" by its first word), {@code
 * Fandom}, {@code Pairing}/{@code Relationship}, {@code Character(s)}, {@code Warning(s)}, {@code
 * Category}, {@code Tags}/{@code Additional Tags}, {@code Summary}, {@code Notes}/{@code Author's
 * Notes}, {@code Disclaimer}, {@code Language} (as a BCP 47 tag) and {@code Series} ("X, Part 2"
 * or "Part 2 of X"). Tag values are comma-separated. Warnings that name one of AO3's archive
 * warnings become that warning and categories that are AO3's (F/F, F/M, Gen, M/M, Multi, Other)
 * that category; any other warning or category becomes an additional tag. Summary, notes and
 * disclaimer run on over the following unlabelled lines until a blank line or the next label.
 * Blank lines may separate labels; another short labelled line within the header ("Beta: ...") is
 * kept in the notes with its label.
 *
 * <p>The file is taken only when its first line that is not blank carries a label, and at least
 * two lines do, one of them {@code Title:}, {@code Rating:} or {@code Fandom:}; so a text that
 * merely opens with "A/N" or a byline and a disclaimer is left to {@link PlainTextFormat}.
 *
 * <p>The story follows the header. In a text file it is read as {@link PlainTextFormat} reads
 * text (chapter headings, notes around chapters, paragraphs and verse). In an HTML file it is the
 * page's HTML after the header, one chapter, without scripts or styles; the page's {@code <title>}
 * stands in for a missing {@code Title:}. A file without a header, or with nothing after it, fails
 * with an {@link UnreadableFileException} saying so. Stateless and thread-safe.
 */
public final class HeaderLinesFormat implements StoryFormat {

  // A header longer than this is not a header but a list.
  private static final int MAX_HEADER_LINES = 200;

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public String name() {
    return "header-lines";
  }

  /**
   * Accepts an HTML file, or a {@code .txt} or extensionless text file, that opens with header
   * lines as described above.
   */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    try {
      if (isHtml(content, fileName)) {
        Element body = PageMarkup.document(content).body();
        return header(texts(HtmlLines.read(body, MAX_HEADER_LINES))).isPresent();
      }
      return isText(content, fileName) && header(lines(decoder.decode(content).text())).isPresent();
    } catch (UnreadableFileException e) {
      return false;
    }
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    return isHtml(content, fileName) ? readHtml(content) : readText(content);
  }

  private StoryDocument readText(byte[] content) throws UnreadableFileException {
    List<String> lines = lines(decoder.decode(content).text());
    HeaderLines header = required(header(lines));
    List<String> rest = lines.subList(header.bodyStart(), lines.size());
    return header.over(PlainTextParser.parse(String.join("\n", rest)));
  }

  private static StoryDocument readHtml(byte[] content) throws UnreadableFileException {
    Document page = PageMarkup.document(content);
    Element body = page.body();
    List<HtmlLines.Line> lines = HtmlLines.read(body, MAX_HEADER_LINES);
    HeaderLines header = required(header(texts(lines)));
    HtmlLines.remove(lines.subList(0, header.bodyStart()), body);
    String html = PageMarkup.inner(body);
    if (html == null) {
      throw new UnreadableFileException("no story text after the header lines");
    }
    String pageTitle = page.title().strip();
    return header.over(
        StoryDocument.builder()
            .title(pageTitle.isEmpty() ? null : pageTitle)
            .chapter(new StoryChapter(null, null, null, html))
            .build());
  }

  private static Optional<HeaderLines> header(List<String> lines) {
    return HeaderLines.read(lines.subList(0, Math.min(lines.size(), MAX_HEADER_LINES)));
  }

  private static HeaderLines required(Optional<HeaderLines> header)
      throws UnreadableFileException {
    return header.orElseThrow(
        () -> new UnreadableFileException(
            "no header lines: the file does not open with labelled lines such as \"Title:\","
                + " \"Rating:\" or \"Fandom:\""));
  }

  private static List<String> texts(List<HtmlLines.Line> lines) {
    return lines.stream().map(HtmlLines.Line::text).toList();
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  private static boolean isHtml(byte[] content, String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return HtmlInput.looksLikeHtml(content) || name.endsWith(".html") || name.endsWith(".htm");
  }

  private boolean isText(byte[] content, String fileName) {
    if (fileName == null) {
      return false;
    }
    int dot = fileName.lastIndexOf('.');
    return dot <= 0
        ? !decoder.looksBinary(content)
        : fileName.substring(dot + 1).equalsIgnoreCase("txt");
  }
}
