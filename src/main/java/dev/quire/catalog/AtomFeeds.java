package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.ATOM;
import static dev.quire.catalog.CatalogTerms.HTML;

import dev.quire.account.Viewer;
import org.springframework.stereotype.Component;

/**
 * Atom feeds (RFC 4287) for feed readers: the archive's recently updated works and the works of
 * each tag, newest first, one page's worth, of the works the viewer may find. Entries are those of
 * the OPDS catalog. Thread-safe.
 */
@Component
public class AtomFeeds {

  private final CatalogWorks works;
  private final WorkFeeds feeds;

  AtomFeeds(CatalogWorks works, WorkFeeds feeds) {
    this.works = works;
    this.feeds = feeds;
  }

  /** The most recently updated works. */
  public byte[] recent(CatalogLinks links, Viewer viewer) {
    return feeds.write(links.recentAtom(), WorkFeeds.ARCHIVE + ": recently updated works", works.recent(viewer, 1),
        viewer, links,
        feed -> {
          feed.link("self", links.recentAtom(), ATOM);
          feed.link("alternate", links.home(), HTML);
        });
  }

  /** The works of a tag of any kind, as the tag's page lists them. */
  public byte[] tag(CatalogLinks links, Viewer viewer, String name) {
    return feeds.write(links.tagAtom(name), WorkFeeds.ARCHIVE + ": works in " + name, works.tagged(viewer, name, 1),
        viewer, links,
        feed -> {
          feed.link("self", links.tagAtom(name), ATOM);
          feed.link("alternate", links.tagPage(name), HTML);
        });
  }
}
