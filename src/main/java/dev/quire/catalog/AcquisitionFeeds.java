package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.ACQUISITION;
import static dev.quire.catalog.CatalogTerms.NAVIGATION;
import static dev.quire.catalog.CatalogTerms.OPENSEARCH_NS;

import dev.quire.account.Viewer;
import dev.quire.tag.TagKind;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;

/**
 * The OPDS acquisition feeds: lists of works to download, one page at a time, each linked to the
 * catalog's root, the list it belongs to, the catalog's search and its other pages. They list the
 * works the viewer may find. Pages past the last are empty. Thread-safe.
 */
@Component
public class AcquisitionFeeds {

  private final CatalogWorks works;
  private final WorkFeeds feeds;
  private final Listings listings;

  AcquisitionFeeds(CatalogWorks works, WorkFeeds feeds, Listings listings) {
    this.works = works;
    this.feeds = feeds;
    this.listings = listings;
  }

  /** Every work, most recently updated first. */
  public byte[] recent(CatalogLinks links, Viewer viewer, int page) {
    return write(links, viewer, "Recently updated works", links::recent, links.root(), works.recent(viewer, page));
  }

  /** The works with one tag. */
  public byte[] tagged(CatalogLinks links, Viewer viewer, TagKind kind, String name, int page) {
    return write(links, viewer, kind.label() + ": " + name, p -> links.taggedWorks(kind, name, p),
        links.tags(kind, 1), works.tagged(viewer, kind, name, page));
  }

  /** One creator's works, or empty when there is no creator with this id. */
  public Optional<byte[]> byCreator(CatalogLinks links, Viewer viewer, long creatorId, int page) {
    return listings.creator(creatorId).map(creator -> write(links, viewer, "Works by " + creator.getName(),
        p -> links.creatorWorks(creatorId, p), links.creators(1), works.byCreator(viewer, creator.getName(), page)));
  }

  /** The works matching a reader's words, best match first. */
  public byte[] search(CatalogLinks links, Viewer viewer, String terms, int page) {
    String text = terms == null ? "" : terms.strip();
    return write(links, viewer, "Search: " + text, p -> links.search(text, p), links.root(),
        works.matching(viewer, text, page));
  }

  private byte[] write(CatalogLinks links, Viewer viewer, String title, IntFunction<String> pageLink, String up,
      WorkPage page) {
    return feeds.write(pageLink.apply(1), title, page, viewer, links, feed -> {
      feed.link("self", pageLink.apply(page.page()), ACQUISITION);
      feed.link("start", links.root(), NAVIGATION);
      feed.link("up", up, NAVIGATION);
      feed.link("search", links.openSearch(), CatalogTerms.OPENSEARCH, "Search the archive");
      feed.pageLinks(page.page(), page.pages(), pageLink, ACQUISITION);
      feed.element(OPENSEARCH_NS, "totalResults", Long.toString(page.total()));
      feed.element(OPENSEARCH_NS, "itemsPerPage", Integer.toString(page.pageSize()));
      feed.element(OPENSEARCH_NS, "startIndex", Long.toString((page.page() - 1L) * page.pageSize() + 1));
    });
  }
}
