package dev.quire.catalog;

import dev.quire.account.Viewer;
import dev.quire.work.AccessPolicy;
import dev.quire.work.Creator;
import dev.quire.work.WorkSummary;
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
    Map<String, Long> creatorIds = creatorIds(page);
    page.works().forEach(work -> WorkEntry.write(feed, work, creatorIds, links));
    return feed.finish();
  }

  /** When the newest work of the page changed; an empty page is as new as what the viewer may find. */
  private Instant updated(WorkPage page, Viewer viewer) {
    return page.works().stream().map(WorkSummary::updated).max(Comparator.naturalOrder())
        .or(() -> listings.lastUpdate(policy.readable(viewer)))
        .orElseGet(clock::instant);
  }

  private Map<String, Long> creatorIds(WorkPage page) {
    Set<String> names = page.works().stream().flatMap(w -> w.creators().stream()).collect(Collectors.toSet());
    if (names.isEmpty()) {
      return Map.of();
    }
    return listings.creatorsNamed(names).stream().collect(Collectors.toMap(Creator::getName, Creator::getId));
  }
}
