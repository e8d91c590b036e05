package dev.quire.catalog.web;

import dev.quire.account.Viewer;
import dev.quire.catalog.AtomFeeds;
import dev.quire.catalog.CatalogTerms;
import dev.quire.tag.TagSlug;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Atom feeds for feed readers: recently updated works, and the works of each tag. */
@Controller
class AtomFeedController {

  private final AtomFeeds feeds;

  AtomFeedController(AtomFeeds feeds) {
    this.feeds = feeds;
  }

  @GetMapping("/works/feed.atom")
  ResponseEntity<byte[]> recent(Viewer viewer) {
    return FeedResponse.of(CatalogTerms.ATOM, feeds.recent(FeedResponse.links(), viewer));
  }

  /** The feed of the works the tag's page, {@code /tags/{slug}}, lists. */
  @GetMapping("/tags/{slug}/feed.atom")
  ResponseEntity<byte[]> tag(@PathVariable String slug, Viewer viewer) {
    return FeedResponse.of(CatalogTerms.ATOM, feeds.tag(FeedResponse.links(), viewer, TagSlug.decode(slug)));
  }
}
