package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;
import org.jsoup.nodes.Document;

/**
 * Reads a work page saved from the Archive of Our Own with the browser, site chrome and all: the
 * whole work ({@code ?view_full_work=true}, or a one-chapter work) or a page showing one chapter.
 *
 * <p>What is read, by AO3's markup:
 *
 * <ul>
 *   <li>tags from the work header {@code dl.work.meta}: {@code dd.rating.tags}, {@code
 *       dd.warning.tags}, {@code dd.category.tags}, {@code dd.fandom.tags}, {@code
 *       dd.relationship.tags}, {@code dd.character.tags}, {@code dd.freeform.tags} (each {@code
 *       a.tag}), the rating mapped by {@link RatingMapping}; {@code dd.language} as a BCP 47 tag
 *       (an unknown language stays {@code null}); {@code dd.series} ("Part 2 of the X series");
 *       the stats' published and updated or completed dates and chapters {@code x/y} ({@code y}
 *       becomes the expected chapter count, {@code ?} none);
 *   <li>from {@code div#workskin}: the title {@code h2.title}, creators {@code h3.byline
 *       a[rel=author]} in order, summary, notes ({@code blockquote.userstuff} in the work's
 *       preface) and the work's end notes ({@code div#work_endnotes});
 *   <li>chapters {@code div#chapters > div.chapter}: the title AO3 shows after "Chapter N:",
 *       notes and summary at the start, {@code div.end.notes}, and the {@code div.userstuff} text
 *       without its "Chapter Text" landmark; a one-chapter work's text is {@code div#chapters >
 *       div.userstuff}.
 * </ul>
 *
 * <p>The source URL is {@code https://archiveofourown.org/works/N}, N taken from the page's
 * canonical link, its {@code og:url}, or else the work its links point into most; a page from
 * another archive running AO3's software keeps that archive's host, which its canonical link or
 * {@code og:url} names. A page holding fewer chapters than the work has gets an {@link
 * StoryDocument.Installment} keyed by that address without its scheme ({@code
 * archiveofourown.org/works/N}) at the number of its first chapter, so pages of one work join.
 *
 * <p>Prose keeps the page's markup; scripts, styles and embedded objects are dropped. A page with
 * no work header or no chapter text fails with an {@link UnreadableFileException} saying so; a
 * value the page does not state stays {@code null}. Stateless and thread-safe.
 */
public final class Ao3WorkPageFormat implements StoryFormat {

  @Override
  public String name() {
    return "ao3-page";
  }

  /**
   * Accepts HTML holding both AO3's work header ({@code dl.work.meta}) and work text ({@code
   * div#workskin}), whatever the file's name.
   */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    if (!PageMarkup.mentions(content, "workskin", "work meta")) {
      return false;
    }
    try {
      Document page = PageMarkup.document(content);
      return page.selectFirst("dl.work.meta") != null && page.getElementById("workskin") != null;
    } catch (UnreadableFileException e) {
      return false;
    }
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    return Ao3WorkPage.read(PageMarkup.document(content));
  }
}
