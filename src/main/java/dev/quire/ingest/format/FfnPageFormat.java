package dev.quire.ingest.format;

import dev.quire.ingest.UnreadableFileException;
import dev.quire.story.StoryDocument;

/**
 * Reads a chapter page saved from FanFiction.Net, in any of the site's layouts since 2008. Each
 * page holds one chapter, so every story read gets an {@link StoryDocument.Installment} keyed
 * {@code fanfiction.net/s/<story id>} at the chapter's number, and pages of one story join.
 *
 * <p>What is read:
 *
 * <ul>
 *   <li>the title (the bold line of the story's header), the author (the link to a {@code /u/}
 *       profile), the summary, and the fandom from the breadcrumb ("X + Y Crossover" is two);
 *   <li>from the gray line "Rated: Fiction T - English - Romance/Drama - [Harry P., Hermione G.] -
 *       Chapters: 12 - ... - Updated: ... - Published: ... - Status: Complete - id: 12345": the
 *       rating mapped by {@link RatingMapping}, the language as a BCP 47 tag, each genre as an
 *       additional tag, each character as a character tag and each bracketed group as a
 *       relationship "A/B"; dates from the timestamps FFN puts beside them when present (a
 *       relative "5h ago" or a date without its year is otherwise left unknown); the chapter
 *       count as the expected number of chapters only when the story is complete (a complete
 *       one-shot has one);
 *   <li>the chapter's number and title from the chapter menu ("3. The Title"; FFN's stand-in
 *       "Chapter 3" is no title); a page without a menu is a one-shot's only chapter;
 *   <li>the chapter text {@code div#storytext}: paragraphs labelled "Disclaimer", "A/N" or
 *       "Author's Note" at its start become the chapter's notes, at its end its end notes, and a
 *       leading "Chapter 3" or "Chapter Three" line that repeats the chapter's heading is dropped.
 * </ul>
 *
 * <p>The source URL is {@code https://www.fanfiction.net/s/<story id>/<chapter>/}. Prose keeps
 * the page's markup; scripts and styles are dropped. A page without story text or story id fails
 * with an {@link UnreadableFileException} saying so; a value the page does not state stays {@code
 * null}. Stateless and thread-safe.
 */
public final class FfnPageFormat implements StoryFormat {

  @Override
  public String name() {
    return "ffn-page";
  }

  /** Accepts HTML from fanfiction.net holding a story text {@code div#storytext}. */
  @Override
  public boolean accepts(byte[] content, String fileName) {
    if (!PageMarkup.mentions(content, "storytext", "fanfiction")) {
      return false;
    }
    try {
      return PageMarkup.document(content).getElementById("storytext") != null;
    } catch (UnreadableFileException e) {
      return false;
    }
  }

  @Override
  public StoryDocument read(byte[] content, String fileName) throws UnreadableFileException {
    return FfnPage.read(PageMarkup.document(content));
  }
}
