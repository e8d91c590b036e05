package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.ACQUISITION;
import static dev.quire.catalog.CatalogTerms.ATOM;
import static dev.quire.catalog.CatalogTerms.HTML;
import static dev.quire.catalog.CatalogTerms.NAVIGATION;

import dev.quire.account.Viewer;
import dev.quire.work.WorkSummary;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A reader's own shelf of works as feeds: a list someone else chose for them (their subscriptions'
 * news, newest first), written as the catalog writes its own lists, for feed readers (Atom) and
 * reading apps (an OPDS acquisition feed). The caller decides which works the shelf holds and that
 * the viewer may read them. Thread-safe.
 */
@Component
public class ShelfFeeds {

  private final WorkFeeds feeds;

  ShelfFeeds(WorkFeeds feeds) {
    this.feeds = feeds;
  }

  /**
   * An Atom feed of {@code works}.
   *
   * @param self the feed's own address, which is also its id
   * @param alternate the page that shows the same list, for a browser
   */
  public byte[] atom(CatalogLinks links, Viewer viewer, String self, String alternate, String title,
      List<WorkSummary> works) {
    return feeds.write(self, WorkFeeds.ARCHIVE + ": " + title, page(works), viewer, links, feed -> {
      feed.link("self", self, ATOM);
      feed.link("alternate", alternate, HTML);
    });
  }

  /** An OPDS acquisition feed of {@code works}, linked to the catalog's root. */
  public byte[] opds(CatalogLinks links, Viewer viewer, String self, String title, List<WorkSummary> works) {
    return feeds.write(self, title, page(works), viewer, links, feed -> {
      feed.link("self", self, ACQUISITION);
      feed.link("start", links.root(), NAVIGATION);
      feed.link("up", links.root(), NAVIGATION);
    });
  }

  private static WorkPage page(List<WorkSummary> works) {
    return new WorkPage(works, 1, 1, works.size(), Math.max(works.size(), 1));
  }
}
