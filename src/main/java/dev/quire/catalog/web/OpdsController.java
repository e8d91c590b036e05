package dev.quire.catalog.web;

import dev.quire.account.Viewer;
import dev.quire.catalog.AcquisitionFeeds;
import dev.quire.catalog.CatalogTerms;
import dev.quire.catalog.NavigationFeeds;
import dev.quire.catalog.OpenSearchDescription;
import dev.quire.tag.TagSlug;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The OPDS 1.2 catalog under {@code /opds}: navigation feeds down to acquisition feeds of works,
 * a search, and its OpenSearch description. Each lists what the viewer may find: a reading app that
 * logs in sees restricted works, one that does not never does.
 */
@Controller
class OpdsController {

  private final NavigationFeeds navigation;
  private final AcquisitionFeeds acquisition;

  OpdsController(NavigationFeeds navigation, AcquisitionFeeds acquisition) {
    this.navigation = navigation;
    this.acquisition = acquisition;
  }

  @GetMapping({"/opds", "/opds/"})
  ResponseEntity<byte[]> root(Viewer viewer) {
    return FeedResponse.of(CatalogTerms.NAVIGATION, navigation.root(FeedResponse.links(), viewer));
  }

  @GetMapping("/opds/recent")
  ResponseEntity<byte[]> recent(@RequestParam(defaultValue = "1") String page,
      Viewer viewer) {
    return FeedResponse.of(CatalogTerms.ACQUISITION, acquisition.recent(FeedResponse.links(), viewer, CatalogParameters.page(page)));
  }

  @GetMapping("/opds/tags")
  ResponseEntity<byte[]> tagKinds(Viewer viewer) {
    return FeedResponse.of(CatalogTerms.NAVIGATION, navigation.tagKinds(FeedResponse.links(), viewer));
  }

  @GetMapping("/opds/tags/{kind}")
  ResponseEntity<byte[]> tags(@PathVariable String kind, @RequestParam(defaultValue = "1") String page,
      Viewer viewer) {
    return FeedResponse.of(CatalogTerms.NAVIGATION, navigation.tags(FeedResponse.links(), viewer, CatalogParameters.kind(kind), CatalogParameters.page(page)));
  }

  @GetMapping("/opds/tags/{kind}/{slug}")
  ResponseEntity<byte[]> tagged(
      @PathVariable String kind, @PathVariable String slug, @RequestParam(defaultValue = "1") String page,
      Viewer viewer) {
    byte[] feed = acquisition.tagged(FeedResponse.links(), viewer, CatalogParameters.kind(kind), TagSlug.decode(slug), CatalogParameters.page(page));
    return FeedResponse.of(CatalogTerms.ACQUISITION, feed);
  }

  @GetMapping("/opds/creators")
  ResponseEntity<byte[]> creators(@RequestParam(defaultValue = "1") String page,
      Viewer viewer) {
    return FeedResponse.of(CatalogTerms.NAVIGATION, navigation.creators(FeedResponse.links(), viewer, CatalogParameters.page(page)));
  }

  @GetMapping("/opds/creators/{id}")
  ResponseEntity<byte[]> creator(@PathVariable String id, @RequestParam(defaultValue = "1") String page,
      Viewer viewer) {
    byte[] feed = acquisition.byCreator(FeedResponse.links(), viewer, CatalogParameters.creatorId(id), CatalogParameters.page(page))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no creator " + id));
    return FeedResponse.of(CatalogTerms.ACQUISITION, feed);
  }

  @GetMapping("/opds/search")
  ResponseEntity<byte[]> search(
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page,
      Viewer viewer) {
    return FeedResponse.of(CatalogTerms.ACQUISITION, acquisition.search(FeedResponse.links(), viewer, q, CatalogParameters.page(page)));
  }

  @GetMapping("/opds/opensearch.xml")
  ResponseEntity<byte[]> openSearch() {
    return FeedResponse.of(CatalogTerms.OPENSEARCH, OpenSearchDescription.of(FeedResponse.links()));
  }
}
