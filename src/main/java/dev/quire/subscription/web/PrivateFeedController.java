package dev.quire.subscription.web;

import dev.quire.account.Viewer;
import dev.quire.catalog.CatalogLinks;
import dev.quire.catalog.CatalogTerms;
import dev.quire.catalog.ShelfFeeds;
import dev.quire.catalog.web.FeedResponse;
import dev.quire.subscription.DeliveryChoices;
import dev.quire.subscription.Inbox;
import dev.quire.subscription.Notice;
import dev.quire.work.WorkSummary;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A reader's private feeds, at an address with their secret key in it (feed readers and reading
 * apps send no log-in): {@code /subscriptions/feeds/{key}/inbox.atom} for a feed reader and
 * {@code /subscriptions/feeds/{key}/opds} for a reading app, each listing the newest works of the
 * inbox, as its reader may read them. A key reset since, or never made, is a 404 that says so.
 */
@Controller
class PrivateFeedController {

  /** How many works a private feed lists. */
  static final int ENTRIES = 50;

  private final DeliveryChoices choices;
  private final Inbox inbox;
  private final ShelfFeeds feeds;

  PrivateFeedController(DeliveryChoices choices, Inbox inbox, ShelfFeeds feeds) {
    this.choices = choices;
    this.inbox = inbox;
    this.feeds = feeds;
  }

  @GetMapping("/subscriptions/feeds/{key}/inbox.atom")
  ResponseEntity<byte[]> atom(@PathVariable String key) {
    Viewer reader = reader(key);
    CatalogLinks links = FeedResponse.links();
    return FeedResponse.secret(CatalogTerms.ATOM, feeds.atom(links, reader,
        links.base() + "/subscriptions/feeds/" + key + "/inbox.atom", links.base() + "/account/inbox",
        "new from " + reader.userName() + "'s subscriptions", works(reader)));
  }

  @GetMapping("/subscriptions/feeds/{key}/opds")
  ResponseEntity<byte[]> opds(@PathVariable String key) {
    Viewer reader = reader(key);
    CatalogLinks links = FeedResponse.links();
    return FeedResponse.secret(CatalogTerms.ACQUISITION, feeds.opds(links, reader,
        links.base() + "/subscriptions/feeds/" + key + "/opds", "New from your subscriptions", works(reader)));
  }

  private Viewer reader(String key) {
    return choices.feedReader(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "This private feed address was reset or never made: copy the new one from your Subscriptions page."));
  }

  private List<WorkSummary> works(Viewer reader) {
    return inbox.latest(reader, ENTRIES).stream().map(Notice::work).toList();
  }

}
