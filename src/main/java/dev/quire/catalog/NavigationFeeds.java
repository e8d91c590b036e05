package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.ACQUISITION;
import static dev.quire.catalog.CatalogTerms.NAVIGATION;

import dev.quire.account.Viewer;
import dev.quire.tag.TagKind;
import dev.quire.work.AccessPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.IntFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The OPDS navigation feeds: the catalog's root, the kinds of tags, the tags of one kind and the
 * creators, each tag and creator with how many of the works the viewer may find it has
 * ({@link TagIndex}). Long lists come in pages of {@value #PAGE_SIZE}. Thread-safe.
 */
@Component
public class NavigationFeeds {

  static final int PAGE_SIZE = 50;

  private final Listings listings;
  private final TagIndex index;
  private final AccessPolicy policy;
  private final Clock clock;

  NavigationFeeds(Listings listings, TagIndex index, AccessPolicy policy, Clock clock) {
    this.listings = listings;
    this.index = index;
    this.policy = policy;
    this.clock = clock;
  }

  /** The catalog's root: recent works, fandoms, tags and creators. */
  public byte[] root(CatalogLinks links, Viewer viewer) {
    Instant updated = lastUpdate(viewer);
    FeedWriter feed = head(links, links.root(), WorkFeeds.ARCHIVE, updated, links.root());
    entry(feed, links.recent(1), "Recently updated", "The newest works and chapters first.",
        updated, CatalogTerms.REL_NEWEST, ACQUISITION);
    entry(feed, links.tags(TagKind.FANDOM, 1), "Fandoms", "Every fandom, with its works.",
        updated, "subsection", NAVIGATION);
    entry(feed, links.tagKinds(), "Tags", "Works by rating, warning, category, fandom, relationship,"
        + " character and additional tags.", updated, "subsection", NAVIGATION);
    entry(feed, links.creators(1), "Creators", "Every creator, with their works.",
        updated, "subsection", NAVIGATION);
    return feed.finish();
  }

  /** The seven kinds of tags, in AO3's order. */
  public byte[] tagKinds(CatalogLinks links, Viewer viewer) {
    Instant updated = lastUpdate(viewer);
    FeedWriter feed = head(links, links.tagKinds(), "Tags", updated, links.tagKinds());
    feed.link("up", links.root(), NAVIGATION);
    for (TagKind kind : TagKind.values()) {
      entry(feed, links.tags(kind, 1), kind.pluralLabel(),
          "Works by " + kind.pluralLabel().toLowerCase(Locale.ROOT) + ".", updated, "subsection", NAVIGATION);
    }
    return feed.finish();
  }

  /**
   * The tags of one kind that works have, by name, each leading to its works. A tag's entry is as
   * recent as the last change to any work the viewer may find: its count comes from the search
   * index, which does not say when its works changed.
   */
  public byte[] tags(CatalogLinks links, Viewer viewer, TagKind kind, int page) {
    Instant updated = lastUpdate(viewer);
    Page<Entry> tags = index.tags(viewer, kind, page, PAGE_SIZE)
        .map(tag -> new Entry(tag.name(), tag.works(), updated, links.taggedWorks(kind, tag.name(), 1)));
    return list(links, viewer, kind.pluralLabel(), p -> links.tags(kind, p), links.tagKinds(), tags);
  }

  /** The creators credited on works, by name, each leading to their works. */
  public byte[] creators(CatalogLinks links, Viewer viewer, int page) {
    Page<Entry> creators = listings.creators(policy.readable(viewer), request(page)).map(creator ->
        new Entry(creator.name(), creator.works(), creator.updated(), links.creatorWorks(creator.id(), 1)));
    return list(links, viewer, "Creators", links::creators, links.root(), creators);
  }

  /** A tag or creator in a list: its name, works, when the last of them changed, and its feed. */
  private record Entry(String name, long works, Instant updated, String href) {}

  private byte[] list(
      CatalogLinks links, Viewer viewer, String title, IntFunction<String> pageLink, String up, Page<Entry> page) {
    int number = page.getNumber() + 1;
    int pages = Math.max(1, page.getTotalPages());
    Instant updated = page.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElseGet(() -> lastUpdate(viewer));
    FeedWriter feed = head(links, pageLink.apply(1), title, updated, pageLink.apply(number));
    feed.link("up", up, NAVIGATION);
    feed.pageLinks(number, pages, pageLink, NAVIGATION);
    for (Entry entry : page) {
      entry(feed, entry.href(), entry.name(), works(entry.works()), entry.updated(), "subsection", ACQUISITION);
    }
    return feed.finish();
  }

  private FeedWriter head(CatalogLinks links, String id, String title, Instant updated, String self) {
    FeedWriter feed = new FeedWriter(id, title, updated, WorkFeeds.ARCHIVE, links.home());
    feed.link("self", self, NAVIGATION);
    feed.link("start", links.root(), NAVIGATION);
    feed.link("search", links.openSearch(), CatalogTerms.OPENSEARCH, "Search the archive");
    return feed;
  }

  /** An entry leading to another feed; its id is that feed's address. */
  private static void entry(FeedWriter feed, String href, String title, String content, Instant updated,
      String rel, String type) {
    feed.start("entry");
    feed.text("id", href);
    feed.text("title", title);
    feed.date("updated", updated);
    feed.typedText("content", "text", content);
    feed.link(rel, href, type);
    feed.end();
  }

  private Instant lastUpdate(Viewer viewer) {
    return listings.lastUpdate(policy.readable(viewer)).orElseGet(clock::instant);
  }

  private static PageRequest request(int page) {
    return PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE);
  }

  private static String works(long count) {
    return count == 1 ? "1 work" : count + " works";
  }
}
