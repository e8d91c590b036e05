package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads AO3's "Download → HTML" file: one page with a {@code div#preface} (title, "Posted
 * originally on the Archive of Our Own at …", the tag list, byline, summary and notes), a {@code
 * div#chapters} and a {@code div#afterword} (end notes).
 *
 * <p>Everything is taken as AO3 states it: tags under their AO3 kind (the rating one of AO3's five
 * names), the language as a BCP 47 tag (unknown names stay {@code null}), published and updated
 * (or completed) dates, the series and part, the planned chapter count ({@code null} for {@code
 * x/?}), chapter titles without AO3's "Chapter N:" prefix, chapter notes and end notes, and the
 * work's URL. Chapter bodies are the chapters' {@code userstuff} HTML without scripts or styles.
 *
 * <p>Stateless and thread-safe.
 */
public final class Ao3HtmlFormat implements StoryFormat {

  private static final String POSTED_ON_AO3 = "Posted originally on the";

  @Override
  public String name() {
    return "ao3-html";
  }

  /**
   * Accepts HTML whose preface says it was posted on the Archive of Our Own, or that has AO3's
   * download layout ({@code div#preface}, {@code dl.tags}, {@code div#chapters}), whatever the
   * file is called.
   */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    if (!HtmlInput.looksLikeHtml(content)) {
      return false;
    }
    // Markup is ASCII, so ISO-8859-1 finds it whatever the file's encoding.
    String text = new String(content, StandardCharsets.ISO_8859_1);
    boolean layout = text.contains("id=\"preface\"") && text.contains("class=\"tags\"")
        && text.contains("id=\"chapters\"");
    return layout || (text.contains(POSTED_ON_AO3) && text.contains("Archive of Our Own"));
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    return readDownload(HtmlInput.parse(content));
  }

  /**
   * Reads an AO3 download's preface, chapters and afterword from {@code root}, which may be a tree
   * merged from an EPUB's files.
   *
   * @throws UnreadableFileException when the tree has no AO3 preface or no chapter text
   */
  static StoryDocument readDownload(Element root) throws UnreadableFileException {
    Document owner = root.ownerDocument();
    if (owner != null) {
      owner.outputSettings().prettyPrint(false);
    }
    Element chapters = root.selectFirst("#chapters");
    if (!Ao3Preface.isPresent(root) || chapters == null) {
      throw new UnreadableFileException(
          "not an AO3 download: it lacks AO3's preface (div#preface) or its div#chapters");
    }
    List<StoryChapter> read = Ao3Chapters.read(chapters);
    if (read.isEmpty()) {
      throw new UnreadableFileException("the AO3 download holds no chapter text");
    }
    StoryDocument.Builder story = StoryDocument.builder();
    Ao3Preface.readInto(root, story);
    return story.chapters(read).build();
  }
}
