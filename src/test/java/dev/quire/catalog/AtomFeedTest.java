package dev.quire.catalog;

import static dev.quire.catalog.FeedReader.entries;
import static dev.quire.catalog.FeedReader.linkOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.account.TestAccounts;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TestWorks;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.Creator;
import dev.quire.work.CreatorRepository;
import dev.quire.work.Pseuds;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A feed reader subscribes to the archive's recent works and to a tag, found from their pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtomFeedTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired MockMvc mvc;
  @Autowired CreatorRepository creators;
  @Autowired Pseuds pseuds;
  @Autowired TestAccounts accounts;
  @Autowired TransactionTemplate transactions;
  @Autowired EntityManager entityManager;

  Shelf shelf;
  FeedReader reader;

  @BeforeAll
  void publishWorks() {
    shelf = Shelf.publish(publisher);
    reader = new FeedReader(mvc);
  }

  @Test
  void theTagPageOffersAFeedOfTheWorksItLists() throws Exception {
    Document page = page(new CatalogLinks("").tagPage(shelf.otherFandom));
    Element subscribe = page.selectFirst("a:contains(Subscribe (Atom))");
    String announced = page.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href");

    assertThat(subscribe.attr("href")).isEqualTo(announced);
    Document feed = reader.feed("http://localhost" + announced, CatalogTerms.ATOM);
    assertThat(ids(feed)).containsExactlyElementsOf(workIdsOn(page));
    assertThat(ids(feed)).containsExactlyInAnyOrder(shelf.fresh, shelf.explicit, shelf.unrated);
    assertThat(linkOf(feed.selectFirst("feed"), "self")).isEqualTo("http://localhost" + announced);
    assertThat(linkOf(feed.selectFirst("feed"), "alternate"))
        .isEqualTo("http://localhost" + new CatalogLinks("").tagPage(shelf.otherFandom));
  }

  @Test
  void theHomePageAnnouncesTheFeedOfRecentWorks() throws Exception {
    Document home = page("/");
    String announced = home.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href");

    Document feed = reader.feed("http://localhost" + announced, CatalogTerms.ATOM);
    assertThat(announced).isEqualTo("/works/feed.atom");
    assertThat(ids(feed)).startsWith(workIdsOn(home).toArray(Long[]::new));
  }

  @Test
  void feedEntriesNameTheirRatingLikeTheCatalog() throws Exception {
    Document feed = reader.feed("http://localhost" + new CatalogLinks("").tagAtom(shelf.freeform), CatalogTerms.ATOM);
    Element explicit = entries(feed).getFirst();

    assertThat(explicit.selectFirst("> title").text()).isEqualTo("Winter Orchard " + shelf.marker);
    assertThat(OpdsCatalogTest.rating(explicit)).isEqualTo("explicit Explicit");
    assertThat(explicit.select("> author > name").eachText()).containsExactly(shelf.otherWriter, shelf.writer);
    assertThat(linkOf(explicit, "alternate")).isEqualTo("http://localhost/works/" + shelf.explicit);
  }

  @Test
  void twoPseudsOfOneNameInTwoAccountsEachLinkToTheirOwnWorks() throws Exception {
    String name = "Twin " + shelf.marker;
    String tag = "Twin Tides " + shelf.marker;
    long claimed = TestWorks.publish(publisher, story("Lantern " + shelf.marker, name, tag));
    Creator first = creators.findUnclaimed(name).orElseThrow();
    Account owner = accounts.create();
    transactions.executeWithoutResult(t -> pseuds.moveTo(creators.findById(first.getId()).orElseThrow(),
        entityManager.find(Account.class, owner.getId())));
    long unclaimed = TestWorks.publish(publisher, story("Buoy " + shelf.marker, name, tag));
    Creator second = creators.findUnclaimed(name).orElseThrow();

    Document feed = reader.feed("http://localhost" + new CatalogLinks("").tagAtom(tag), CatalogTerms.ATOM);

    CatalogLinks links = new CatalogLinks("http://localhost");
    assertThat(authorUri(feed, claimed)).isEqualTo(links.creatorWorks(first.getId(), 1));
    assertThat(authorUri(feed, unclaimed)).isEqualTo(links.creatorWorks(second.getId(), 1));
  }

  private static String authorUri(Document feed, long work) {
    return entries(feed).stream()
        .filter(entry -> linkOf(entry, "alternate").equals("http://localhost/works/" + work))
        .findFirst().orElseThrow()
        .selectFirst("> author > uri").text();
  }

  private static StoryDocument story(String title, String creator, String freeform) {
    return StoryDocument.builder()
        .title(title)
        .creator(creator)
        .tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.FREEFORM, freeform)
        .chapter(new StoryChapter(null, null, null, "<p>The tide turned at noon.</p>"))
        .build();
  }

  Document page(String path) throws Exception {
    String html = mvc.perform(get(URI.create(path))).andReturn().getResponse().getContentAsString();
    return Jsoup.parse(html);
  }

  static List<Long> workIdsOn(Document page) {
    return page.select("li.work.blurb").stream()
        .map(li -> Long.parseLong(li.id().substring("work_".length()))).toList();
  }

  static List<Long> ids(Document feed) {
    return entries(feed).stream()
        .map(e -> Long.parseLong(e.selectFirst("> id").text().substring("urn:quire:work:".length()))).toList();
  }
}
