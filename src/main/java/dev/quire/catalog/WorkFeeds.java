package dev.quire.catalog;

import dev.quire.account.Viewer;
import dev.quire.work.AccessPolicy;
import dev.quire.work.Creator;
import dev.quire.work.WorkSummary;
import dev.quire.work.WorkSummary.Byline;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a page of works as a feed, OPDS or plain Atom: the head, the links the caller adds, then
 * an entry per work. Creators are linked to their feeds with one query for the whole page.
 */
@Component
class WorkFeeds {

  static final String ARCHIVE = "Quire";

  private final Listings listings;
  private final AccessPolicy policy;
  private final Clock clock;

  WorkFeeds(Listings listings, AccessPolicy policy, Clock clock) {
    this.listings = listings;
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * The feed document.
   *
   * @param id the feed's id, the same on every page
   * @param viewer who reads the feed: an empty page is as new as the works they may find
   * @param head writes the feed's links and extension elements after its author
   */
  byte[] write(String id, String title, WorkPage page, Viewer viewer, CatalogLinks links,
      Consumer<FeedWriter> head) {
    FeedWriter feed = new FeedWriter(id, title, updated(page, viewer), ARCHIVE, links.home());
    head.accept(feed);
    Map<Byline, Long> creatorIds = creatorIds(page);
    page.works().forEach(work -> WorkEntry.write(feed, work, creatorIds, links));
    return feed.finish();
  }

  /** When the newest work of the page changed; an empty page is as new as what the viewer may find. */
  private Instant updated(WorkPage page, Viewer viewer) {
    return page.works().stream().map(WorkSummary::updated).max(Comparator.naturalOrder())
        .or(() -> listings.lastUpdate(policy.readable(viewer)))
        .orElseGet(clock::instant);
  }

  /** The page's creators' ids by byline: a name alone is not enough, two accounts may each have a pseud of it. */
  private Map<Byline, Long> creatorIds(WorkPage page) {
    Set<Byline> bylines = page.works().stream().flatMap(w -> w.bylines().stream()).collect(Collectors.toSet());
    if (bylines.isEmpty()) {
      return Map.of();
    }
    Set<String> names = bylines.stream().map(Byline::name).collect(Collectors.toSet());
    return listings.creatorsNamed(names).stream()
        .filter(creator -> bylines.contains(Byline.of(creator)))
        .collect(Collectors.toMap(Byline::of, Creator::getId));
  }
}
