package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.ACQUISITION;
import static dev.quire.catalog.CatalogTerms.NAVIGATION;
import static dev.quire.catalog.FeedReader.entries;
import static dev.quire.catalog.FeedReader.entry;
import static dev.quire.catalog.FeedReader.link;
import static dev.quire.catalog.FeedReader.linkOf;
import static dev.quire.catalog.FeedReader.titles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.Importer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.tag.TagKind;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A reading app browses the OPDS catalog from its root down to the works, as a reader would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpdsCatalogTest extends ArchiveTest {

  static final String ROOT = "http://localhost/opds";

  @Autowired WorkPublisher publisher;
  @Autowired Importer importer;
  @Autowired MockMvc mvc;
  @Autowired EntityManagerFactory entityManagerFactory;

  Shelf shelf;
  FeedReader reader;

  @BeforeAll
  void publishWorks() {
    shelf = Shelf.publish(publisher);
    reader = new FeedReader(mvc);
  }

  @Test
  void theRootLeadsToRecentWorksFandomsTagsAndCreators() throws Exception {
    Document root = reader.feed(ROOT, NAVIGATION);

    assertThat(titles(root)).containsExactly("Recently updated", "Fandoms", "Tags", "Creators");
    assertThat(entry(root, "Recently updated").selectFirst("> link").attr("type")).isEqualTo(ACQUISITION);
    assertThat(entry(root, "Fandoms").selectFirst("> link").attr("type")).isEqualTo(NAVIGATION);
    assertThat(linkOf(root.selectFirst("feed"), "self")).isEqualTo(ROOT);
    assertThat(linkOf(root.selectFirst("feed"), "start")).isEqualTo(ROOT);
    assertThat(linkOf(root.selectFirst("feed"), "search")).isEqualTo(ROOT + "/opensearch.xml");
  }

  @Test
  void recentWorksComeNewestUpdatedFirst() throws Exception {
    Document root = reader.feed(ROOT, NAVIGATION);
    Document recent = reader.feed(linkOf(entry(root, "Recently updated"), CatalogTerms.REL_NEWEST), ACQUISITION);

    List<Instant> updated = updatedOfEntries(recent);
    assertThat(updated).hasSize(20).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(ids(recent)).contains(WorkEntry.id(shelf.fresh));
  }

  @Test
  void aFandomIsListedWithItsWorkCountAndLeadsToItsWorks() throws Exception {
    Document root = reader.feed(ROOT, NAVIGATION);
    Document fandoms = reader.feed(linkOf(entry(root, "Fandoms"), "subsection"), NAVIGATION);
    Element fandom = entry(allPages(fandoms, NAVIGATION), shelf.otherFandom);

    assertThat(fandom.selectFirst("> content").text()).isEqualTo("3 works");
    Document works = reader.feed(linkOf(fandom, "subsection"), ACQUISITION);
    assertThat(ids(works)).containsExactly(
        WorkEntry.id(shelf.fresh), WorkEntry.id(shelf.explicit), WorkEntry.id(shelf.unrated));
  }

  @Test
  void aLongListComesInPagesLinkedToEachOther() throws Exception {
    Document first = reader.feed(fandomWorks(), ACQUISITION);
    Element feed = first.selectFirst("feed");
    Document second = reader.feed(linkOf(feed, "next"), ACQUISITION);

    assertThat(entries(first)).hasSize(20);
    assertThat(entries(second)).hasSize(1);
    assertThat(first.selectFirst("opensearch|totalResults").text()).isEqualTo("21");
    assertThat(link(feed, "previous")).isEmpty();
    assertThat(linkOf(second.selectFirst("feed"), "previous")).isEqualTo(linkOf(feed, "self"));
    assertThat(linkOf(second.selectFirst("feed"), "first")).isEqualTo(linkOf(feed, "self"));
    assertThat(link(second.selectFirst("feed"), "next")).isEmpty();
    List<String> all = new ArrayList<>(ids(first));
    all.addAll(ids(second));
    assertThat(all).doesNotHaveDuplicates()
        .containsExactlyElementsOf(shelf.fandomWorks.reversed().stream().map(WorkEntry::id).toList());
  }

  @Test
  void worksUpdatedTogetherAreEachListedOnceAcrossPages() throws Exception {
    String fandom = "Tide Tables " + shelf.marker;
    List<Long> published = shelf.publishUpdatedTogether(fandom, 25);
    CatalogLinks links = new CatalogLinks("http://localhost");

    List<String> listed = new ArrayList<>(ids(reader.feed(links.taggedWorks(TagKind.FANDOM, fandom, 1), ACQUISITION)));
    listed.addAll(ids(reader.feed(links.taggedWorks(TagKind.FANDOM, fandom, 2), ACQUISITION)));

    assertThat(listed).containsExactlyElementsOf(published.reversed().stream().map(WorkEntry::id).toList());
  }

  @Test
  void tagsLeadByKindToTagsToWorks() throws Exception {
    Document kinds = reader.feed(ROOT + "/tags", NAVIGATION);
    assertThat(titles(kinds)).containsExactly("Ratings", "Archive Warnings", "Categories", "Fandoms",
        "Relationships", "Characters", "Additional Tags");

    Document freeforms = reader.feed(linkOf(entry(kinds, "Additional Tags"), "subsection"), NAVIGATION);
    Element tag = entry(allPages(freeforms, NAVIGATION), shelf.freeform);
    assertThat(tag.selectFirst("> content").text()).isEqualTo("1 work");
    assertThat(ids(reader.feed(linkOf(tag, "subsection"), ACQUISITION))).containsExactly(WorkEntry.id(shelf.explicit));
    assertThat(updatedOfEntries(freeforms)).as("as recent as the feed, the last change the reader may see")
        .isNotEmpty().containsOnly(Instant.parse(freeforms.selectFirst("feed > updated").text()));
  }

  @Test
  void worksWithoutARatingAreCountedUnderNotRated() throws Exception {
    Document ratings = reader.feed(ROOT + "/tags/rating", NAVIGATION);
    Element notRated = entry(ratings, "Not Rated");

    Document works = reader.feed(linkOf(notRated, "subsection"), ACQUISITION);
    assertThat(allIds(works)).contains(WorkEntry.id(shelf.unrated)).doesNotContain(WorkEntry.id(shelf.explicit));
    long total = Long.parseLong(works.selectFirst("opensearch|totalResults").text());
    assertThat(notRated.selectFirst("> content").text()).isEqualTo(total == 1 ? "1 work" : total + " works");
  }

  @Test
  void aCreatorLeadsToTheirWorksAndEachAuthorToTheirFeed() throws Exception {
    Document creators = reader.feed(linkOf(entry(reader.feed(ROOT, NAVIGATION), "Creators"), "subsection"), NAVIGATION);
    Element writer = entry(allPages(creators, NAVIGATION), shelf.writer);
    assertThat(writer.selectFirst("> content").text()).isEqualTo("22 works");

    Document works = reader.feed(linkOf(writer, "subsection"), ACQUISITION);
    assertThat(allIds(works)).hasSize(22).contains(WorkEntry.id(shelf.explicit));
    Element explicit = entryWithId(works, shelf.explicit);
    assertThat(explicit.select("> author > name").eachText()).containsExactly(shelf.otherWriter, shelf.writer);
    assertThat(explicit.select("> author > uri").eachText()).contains(linkOf(writer, "subsection"));
  }

  @Test
  void theSearchDescriptionLeadsToAFeedOfMatchingWorks() throws Exception {
    byte[] description = reader.fetch(ROOT + "/opensearch.xml", CatalogTerms.OPENSEARCH);
    Element url = FeedReader.parse(description).select("Url").stream()
        .filter(u -> u.attr("type").equals(ACQUISITION)).findFirst().orElseThrow();
    assertThat(url.attr("template")).isEqualTo(ROOT + "/search?q={searchTerms}");

    String search = url.attr("template").replace("{searchTerms}", "orchard+" + shelf.marker);
    Document results = reader.feed(search, ACQUISITION);
    assertThat(ids(results)).containsExactly(WorkEntry.id(shelf.explicit));
    assertThat(linkOf(results.selectFirst("feed"), "search")).isEqualTo(ROOT + "/opensearch.xml");
  }

  @Test
  void aWorkEntryCarriesWhatAReadingAppShows() throws Exception {
    Element work = entryWithId(reader.feed(fandomWorks(), ACQUISITION), shelf.general);

    assertThat(work.selectFirst("> title").text()).isEqualTo("Harbour Story 21 " + shelf.marker);
    assertThat(work.select("> author > name").eachText()).containsExactly(shelf.writer);
    assertThat(work.selectFirst("> updated").text()).isEqualTo("2001-01-22T00:00:00Z");
    assertThat(work.selectFirst("> published").text()).isEqualTo("2001-01-01T00:00:00Z");
    assertThat(work.selectFirst("> dc|language").text()).isEqualTo("en");
    assertThat(work.select("> category[scheme=https://quire.dev/ns/tag/fandom]").eachAttr("term"))
        .containsExactly(shelf.fandom);
    assertThat(work.select("> category[scheme=https://quire.dev/ns/rating]").eachAttr("label"))
        .containsExactly("General Audiences");
    assertThat(linkOf(work, "alternate")).isEqualTo("http://localhost/works/" + shelf.general);
    String file = "http://localhost/downloads/" + shelf.general + "/Harbour_Story_21_" + shelf.marker;
    assertThat(acquisitions(work)).containsExactly(
        "application/epub+zip " + file + ".epub", "text/html " + file + ".html");
  }

  @Test
  void aDownloadLinkIsTheAddressTheDownloadAnswersAtWithoutARedirect() throws Exception {
    String word = shelf.marker + "creme";
    String title = "Crème Brûlée at the Harbour, or: What the Lighthouse Keeper Saw on the Longest Night " + word;
    long id = importer.importBytes("creme.txt", "creme.txt", ("Title: " + title + "\nRating: G\n\n"
        + "The custard set in its ramekins while the lamp turned.\n").getBytes(StandardCharsets.UTF_8),
        false).workId();

    Element entry = entryWithId(reader.feed(ROOT + "/search?q=" + word, ACQUISITION), id);

    assertThat(acquisitions(entry)).hasSize(2).allSatisfy(link -> {
      String href = link.substring(link.indexOf(' ') + 1);
      mvc.perform(get(URI.create(href))).andExpect(status().isOk());
    });
  }

  @Test
  void aSummaryComesAsPlainTextAndAsHtml() throws Exception {
    Element work = entryWithId(reader.feed(ROOT + "/search?q=orchard+" + shelf.marker, ACQUISITION), shelf.explicit);

    assertThat(work.selectFirst("> summary").text()).isEqualTo("A quiet " + shelf.marker + " story & its sequel.");
    assertThat(work.selectFirst("> content").attr("type")).isEqualTo("html");
    assertThat(work.selectFirst("> content").text()).contains("<em>quiet</em>");
  }

  @Test
  void adultEntriesCarryTheirRatingAndViewAdultLinks() throws Exception {
    Document works = reader.feed(linkOf(entry(allPages(reader.feed(ROOT + "/tags/fandom", NAVIGATION), NAVIGATION),
        shelf.otherFandom), "subsection"), ACQUISITION);

    Element explicit = entryWithId(works, shelf.explicit);
    Element unrated = entryWithId(works, shelf.unrated);
    Element general = entryWithId(works, shelf.fresh);
    assertThat(rating(explicit)).isEqualTo("explicit Explicit");
    assertThat(rating(unrated)).isEqualTo("not-rated Not Rated");
    assertThat(rating(general)).isEqualTo("general General Audiences");
    assertThat(acquisitions(explicit)).hasSize(2).allSatisfy(link -> assertThat(link).endsWith("?view_adult=true"));
    assertThat(acquisitions(unrated)).hasSize(2).allSatisfy(link -> assertThat(link).endsWith("?view_adult=true"));
    assertThat(acquisitions(general)).hasSize(2).noneSatisfy(link -> assertThat(link).contains("view_adult"));
  }

  @Test
  void tagNamesWithSlashesAndSignsMakeLinksThatWork() throws Exception {
    String href = new CatalogLinks("http://localhost").taggedWorks(TagKind.FANDOM, shelf.otherFandom, 1);

    assertThat(href).doesNotContain(" ", "&", "#", "?").contains("Night*s*Day");
    assertThat(ids(reader.feed(href, ACQUISITION))).hasSize(3);
  }

  @Test
  void aPageOfTwentyWorksTakesNoMoreQueriesThanAPageOfOne() throws Exception {
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    try {
      long one = statements(statistics, ROOT + "/tags/freeform/" + shelf.freeform.replace(" ", "%20"), 1);
      long twenty = statements(statistics, fandomWorks(), 20);

      assertThat(twenty).isEqualTo(one);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  long statements(Statistics statistics, String href, int works) throws Exception {
    statistics.clear();
    assertThat(entries(reader.feed(href, ACQUISITION))).hasSize(works);
    return statistics.getPrepareStatementCount();
  }

  @Test
  void badAddressesAreExplained() throws Exception {
    assertThat(problem(ROOT + "/recent?page=two", 400)).contains("'two' is not a valid page");
    assertThat(problem(ROOT + "/recent?page=0", 400)).contains("'0' is not a valid page");
    assertThat(problem(ROOT + "/tags/colour", 404)).contains("no kind of tag 'colour'");
    assertThat(problem(ROOT + "/creators/987654321", 404)).contains("no creator 987654321");
    assertThat(problem(ROOT + "/creators/someone", 400)).contains("'someone' is not a valid creator id");
  }

  String problem(String href, int status) throws Exception {
    return mvc.perform(get(URI.create(href))).andExpect(status().is(status))
        .andExpect(content().contentType("text/plain;charset=UTF-8"))
        .andReturn().getResponse().getContentAsString();
  }

  String fandomWorks() {
    return new CatalogLinks("http://localhost").taggedWorks(TagKind.FANDOM, shelf.fandom, 1);
  }

  /** The feed's entries and those of every later page. */
  Document allPages(Document feed, String mediaType) throws Exception {
    Document all = feed.clone();
    Document page = feed;
    while (link(page.selectFirst("feed"), "next").isPresent()) {
      page = reader.feed(linkOf(page.selectFirst("feed"), "next"), mediaType);
      all.selectFirst("feed").appendChildren(entries(page));
    }
    return all;
  }

  List<String> allIds(Document feed) throws Exception {
    return ids(allPages(feed, ACQUISITION));
  }

  static List<String> ids(Document feed) {
    return entries(feed).stream().map(e -> e.selectFirst("> id").text()).toList();
  }

  static List<Instant> updatedOfEntries(Document feed) {
    return entries(feed).stream().map(e -> Instant.parse(e.selectFirst("> updated").text())).toList();
  }

  static Element entryWithId(Document feed, long workId) {
    return entries(feed).stream().filter(e -> e.selectFirst("> id").text().equals(WorkEntry.id(workId)))
        .findFirst().orElseThrow(() -> new AssertionError("no entry of work " + workId));
  }

  static String rating(Element entry) {
    Element category = entry.selectFirst("> category[scheme=" + CatalogTerms.RATING_SCHEME + "]");
    return category.attr("term") + " " + category.attr("label");
  }

  static List<String> acquisitions(Element entry) {
    return entry.select("> link[rel=http://opds-spec.org/acquisition]").stream()
        .map(l -> l.attr("type") + " " + l.attr("href")).toList();
  }
}
