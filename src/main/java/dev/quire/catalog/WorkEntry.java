package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.DC_NS;

import dev.quire.download.DownloadFormat;
import dev.quire.tag.TagKind;
import dev.quire.work.WorkSummary;
import dev.quire.work.WorkSummary.Byline;
import java.time.ZoneOffset;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * A work as an entry of a feed: an OPDS catalog entry that plain Atom readers understand as well.
 * It holds the work's title, creators (linked to their feeds), dates, language, summary, tags and
 * rating as categories, its page and its downloads.
 */
final class WorkEntry {

  private WorkEntry() {}

  /**
   * Writes the entry of {@code work}.
   *
   * @param creatorIds the ids of creators by byline, to link each to their feed; a byline missing
   *     from it is written without a link
   */
  static void write(FeedWriter feed, WorkSummary work, Map<Byline, Long> creatorIds, CatalogLinks links) {
    feed.start("entry");
    feed.text("id", id(work.id()));
    feed.text("title", work.title());
    if (work.bylines().isEmpty()) {
      feed.person("author", work.byline(), null);
    }
    for (Byline byline : work.bylines()) {
      Long creatorId = creatorIds.get(byline);
      feed.person("author", byline.name(), creatorId == null ? null : links.creatorWorks(creatorId, 1));
    }
    feed.date("updated", work.updated());
    feed.date("published", work.published().atStartOfDay(ZoneOffset.UTC).toInstant());
    if (work.language() != null && !work.language().isBlank()) {
      feed.element(DC_NS, "language", work.language());
    }
    feed.element(DC_NS, "issued", work.published().toString());
    categories(feed, work);
    if (work.summary() != null && !work.summary().isBlank()) {
      feed.typedText("summary", "text", Jsoup.parseBodyFragment(work.summary()).body().text());
      feed.typedText("content", "html", work.summary());
    }
    feed.link("alternate", links.work(work.id()), CatalogTerms.HTML, work.title());
    feed.link(CatalogTerms.REL_ACQUISITION, links.download(work, DownloadFormat.EPUB), CatalogTerms.EPUB, "EPUB");
    feed.link(CatalogTerms.REL_ACQUISITION, links.download(work, DownloadFormat.HTML), CatalogTerms.HTML, "HTML");
    feed.end();
  }

  /** The entry's id: the same wherever and however often the work is listed. */
  static String id(long workId) {
    return "urn:quire:work:" + workId;
  }

  private static void categories(FeedWriter feed, WorkSummary work) {
    feed.category(CatalogTerms.RATING_SCHEME, CatalogTerms.ratingTerm(work.rating()), work.rating().tagName());
    for (TagKind kind : TagKind.values()) {
      if (kind == TagKind.RATING) {
        continue; // the rating category above says it, with a term clients can rely on
      }
      for (String tag : work.tagsOf(kind)) {
        feed.category(CatalogTerms.tagScheme(kind), tag, tag);
      }
    }
  }
}
