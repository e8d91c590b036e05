package dev.quire.catalog;

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
  private final Clock clock;

  WorkFeeds(Listings listings, Clock clock) {
    this.listings = listings;
    this.clock = clock;
  }

  /**
   * The feed document.
   *
   * @param id the feed's id, the same on every page
   * @param head writes the feed's links and extension elements after its author
   */
  byte[] write(String id, String title, WorkPage page, CatalogLinks links, Consumer<FeedWriter> head) {
    FeedWriter feed = new FeedWriter(id, title, updated(page), ARCHIVE, links.home());
    head.accept(feed);
    Map<String, Long> creatorIds = creatorIds(page);
    page.works().forEach(work -> WorkEntry.write(feed, work, creatorIds, links));
    return feed.finish();
  }

  /** When the newest work of the page changed; an empty page is as new as the archive. */
  private Instant updated(WorkPage page) {
    return page.works().stream().map(WorkSummary::updated).max(Comparator.naturalOrder())
        .or(listings::lastUpdate)
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
