package dev.quire.ingest;

import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML to what the archive stores: the text markup AO3 allows and nothing that runs. No
 * script, style, iframe, event handler or {@code javascript:} URL survives; links get
 * {@code rel="nofollow"}. Thread-safe.
 */
public final class HtmlSanitizer {

  private static final Safelist STORY_MARKUP =
      Safelist.relaxed()
          .removeTags("img")
          .addTags("hr", "center", "abbr", "acronym", "address", "big", "del", "ins", "s", "strike",
              "small", "sub", "sup", "tt", "dfn", "kbd", "samp", "var")
          .addAttributes(":all", "class", "title", "dir", "lang")
          .addAttributes("p", "align")
          .addAttributes("div", "align")
          .addEnforcedAttribute("a", "rel", "nofollow")
          .addProtocols("a", "href", "http", "https", "mailto");

  private HtmlSanitizer() {}

  /** {@code html} with everything outside the allowlist removed; {@code null} stays {@code null}. */
  public static String clean(String html) {
    if (html == null) {
      return null;
    }
    Document dirty = Jsoup.parseBodyFragment(html);
    Document clean = new Cleaner(STORY_MARKUP).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /** {@code story} with its HTML cleaned: summary, notes, end notes and each chapter's. */
  public static StoryDocument cleanStory(StoryDocument story) {
    List<StoryChapter> chapters = story.chapters().stream()
        .map(chapter -> new StoryChapter(chapter.title(), clean(chapter.summary()), clean(chapter.notes()),
            clean(chapter.endNotes()), clean(chapter.bodyHtml())))
        .toList();
    return story.toBuilder().summary(clean(story.summary())).notes(clean(story.notes()))
        .endNotes(clean(story.endNotes())).chapters(chapters).build();
  }
}
