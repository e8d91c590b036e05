package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.ingest.format.HeaderLine.Kind;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page that holds one story without any archive's markup, as old personal sites and
 * archives left them: a {@code <title>}, maybe a heading and a byline, then the story in {@code
 * <p>} paragraphs.
 *
 * <p>The title is the first {@code h1}–{@code h3} heading, else the page's {@code <title>}; the
 * heading, and a line repeating the title, are taken out of the text. A byline among the first
 * lines ("by Name", "Author: Name", as {@link PlainTextFormat} reads them) credits the creators and
 * is taken out too. The rest of the page is the story's one chapter, without scripts, styles or
 * embedded objects (the publisher sanitizes it as all HTML). The page states no rating, tags,
 * language or dates. A page with no text fails with an {@link UnreadableFileException}. The formats
 * that know a page's markup (AO3, FanFiction.Net, header lines) are asked before this one.
 * Stateless and thread-safe.
 */
public final class HtmlPageFormat implements StoryFormat {

  // A byline stands among the first lines of the page, above the story.
  private static final int BYLINE_LINES = 6;
  private static final int MAX_TITLE = 200;

  @Override
  public String name() {
    return "html-page";
  }

  /**
   * Accepts an HTML document, or a {@code .html}/{@code .htm} file, whose body shows text in
   * paragraphs ({@code <p>}, or lines broken by {@code <br>}): a page of prose, not any markup.
   */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (!HtmlInput.looksLikeHtml(content) && !name.endsWith(".html") && !name.endsWith(".htm")) {
      return false;
    }
    try {
      Element body = PageMarkup.document(content).body();
      return body != null && body.selectFirst("p, br") != null && !body.text().isBlank();
    } catch (UnreadableFileException e) {
      return false;
    }
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    Document page = PageMarkup.document(content);
    Element body = page.body();
    Element heading = body.selectFirst("h1, h2, h3");
    String title = heading != null && !heading.text().isBlank() ? heading.text() : page.title();
    title = title.strip().isEmpty() || title.length() > MAX_TITLE ? null : title.strip();
    if (heading != null && title != null && title.equals(heading.text().strip())) {
      heading.remove();
    }
    List<String> creators = takeByline(body, title);
    String html = PageMarkup.inner(body);
    if (html == null) {
      throw new UnreadableFileException("the page holds no story text");
    }
    return StoryDocument.builder()
        .title(title)
        .creators(creators)
        .chapter(new StoryChapter(null, null, null, html))
        .build();
  }

  /**
   * Takes the byline, and a line repeating the title, off the first lines of {@code body}; returns
   * the names the byline credits.
   */
  private static List<String> takeByline(Element body, String title) {
    List<HtmlLines.Line> lines = HtmlLines.read(body, BYLINE_LINES);
    List<HtmlLines.Line> taken = new ArrayList<>();
    List<String> creators = new ArrayList<>();
    for (HtmlLines.Line line : lines) {
      Optional<HeaderLine> header = HeaderLine.parse(line.text());
      if (header.isPresent() && header.get().kind() == Kind.CREATOR && creators.isEmpty()) {
        creators.addAll(header.get().creators());
        taken.add(line);
      } else if (line.text().equals(title)) {
        taken.add(line);
      }
    }
    HtmlLines.remove(taken, body);
    return creators;
  }
}
