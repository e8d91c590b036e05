package dev.quire.catalog;

import static dev.quire.catalog.CatalogTerms.NAVIGATION;
import static dev.quire.catalog.FeedReader.entries;
import static dev.quire.catalog.FeedReader.link;
import static dev.quire.catalog.FeedReader.linkOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.ingest.WorkPublisher;
import dev.quire.search.TestWorks;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.tag.TagSlug;
import dev.quire.work.Visibility;
import dev.quire.work.WorkRepository;
import java.net.URI;
import java.util.ArrayList;
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

/**
 * Browsing as on AO3: all works, fandoms by medium, tags and a tag's page, reached from the header
 * and from every tag; drafts and hidden works are never listed nor counted, here or in the OPDS
 * lists of tags and creators.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkRepository works;
  @Autowired TransactionTemplate transaction;
  @Autowired MockMvc mvc;

  final String marker = TestWorks.marker();
  final String tvFandom = "Harbour Watch " + marker + " (TV)";
  final String bookFandom = "The Quiet Quay " + marker + " - A. Writer";
  final String plainFandom = "Gulls " + marker;
  final String hiddenFandom = "Takedown " + marker + " (Movies)";
  final String freeform = "Tea " + marker;
  final String hiddenFreeform = "Hidden Tea " + marker;
  final String ghost = "Ghost " + marker;
  long first;
  long second;
  long book;
  long draft;
  long hidden;

  @BeforeAll
  void publishWorks() {
    first = publish("Lamplight " + marker, "Writer " + marker, tvFandom, freeform);
    second = publish("Low Tide " + marker, "Writer " + marker, tvFandom, freeform);
    book = publish("Gull Song " + marker, "Writer " + marker, bookFandom, "Birds " + marker);
    publish("Pebbles " + marker, "Writer " + marker, plainFandom, "Birds " + marker);
    draft = publish("Draft Work " + marker, ghost, tvFandom, freeform);
    hidden = publish("Hidden Work " + marker, ghost, hiddenFandom, hiddenFreeform);
    transaction.executeWithoutResult(status -> {
      works.findById(draft).orElseThrow().setVisibility(Visibility.DRAFT);
      works.findById(hidden).orElseThrow().setVisibility(Visibility.HIDDEN);
    });
  }

  long publish(String title, String creator, String fandom, String tag) {
    return TestWorks.publish(publisher, StoryDocument.builder()
        .title(title).creator(creator).tag(TagKind.RATING, "General Audiences")
        .tag(TagKind.FANDOM, fandom).tag(TagKind.FREEFORM, tag)
        .chapter(new StoryChapter(null, null, null, "<p>The " + marker + " lamp was lit.</p>"))
        .build());
  }

  Document page(String path) throws Exception {
    return Jsoup.parse(mvc.perform(get(URI.create(path))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(), "http://localhost");
  }

  static String tagPage(String name) {
    return "/tags/" + TagSlug.encode(name).replace(" ", "%20");
  }

  @Test
  void theHeaderLeadsToFandomsWorksTagsSearchAndLogIn() throws Exception {
    Document home = page("/");

    assertThat(home.select("#header nav a").eachAttr("href"))
        .containsExactly("/fandoms", "/works", "/tags", "/works/search", "/users/login");
    assertThat(home.select("#header form.search[role=search]")).hasSize(1);
  }

  @Test
  void theHomePageLeadsToMoreWorks() throws Exception {
    assertThat(page("/").select("main a:contains(More works)").attr("href")).isEqualTo("/works");
  }

  @Test
  void allWorksArePagedWithTheFilterSidebar() throws Exception {
    Document works = page("/works?include=" + "Birds%20" + marker);

    assertThat(works.select("li.work.blurb h4.heading a:first-child").eachText()).containsExactlyInAnyOrder("Gull Song " + marker, "Pebbles " + marker);
    assertThat(works.select("form#work-search").attr("action")).isEqualTo("/works");
    assertThat(works.select(".filters th[scope=row]").eachText()).contains(bookFandom + " (1)", plainFandom + " (1)");
    assertThat(page("/works?q=" + marker).select("nav.pagination .current").text()).isEqualTo("Works 1–4 of 4");
  }

  @Test
  void allWorksNeverListDraftsOrHiddenWorks() throws Exception {
    Document works = page("/works?q=" + marker);

    assertThat(works.select("li.work.blurb h4.heading a:first-child").eachText())
        .hasSize(4).noneMatch(title -> title.startsWith("Draft") || title.startsWith("Hidden"));
  }

  @Test
  void fandomsAreGroupedByMediumAZWithTheirReadableWorksCounted() throws Exception {
    Document fandoms = page("/fandoms");

    assertThat(fandomIn(fandoms, "tv", tvFandom).parent().text()).isEqualTo(tvFandom + " (2)");
    assertThat(fandomIn(fandoms, "books", bookFandom).parent().text()).isEqualTo(bookFandom + " (1)");
    assertThat(fandomIn(fandoms, "uncategorized", plainFandom).attr("href")).isEqualTo(tagPage(plainFandom));
    assertThat(fandoms.text()).doesNotContain(hiddenFandom);
    assertThat(fandoms.select("section.medium h3").eachText())
        .isSubsetOf(List.of("Anime & Manga", "Books & Literature", "Cartoons & Comics & Graphic Novels",
            "Celebrities & Real People", "Movies", "Music & Bands", "Other Media", "Theater", "TV Shows",
            "Video Games", "Uncategorized Fandoms"))
        .contains("TV Shows", "Books & Literature", "Uncategorized Fandoms");
    List<String> tv = fandoms.select("section#tv a.tag").eachText();
    assertThat(tv).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  static Element fandomIn(Document fandoms, String medium, String name) {
    return fandoms.select("section#" + medium + " a.tag").stream().filter(a -> a.text().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError(name + " is not under " + medium));
  }

  @Test
  void tagsShowEachKindsMostUsedAndLeadToEveryTagOfAKind() throws Exception {
    Document tags = page("/tags");

    assertThat(tags.select("section.tag-kind h3").eachText()).contains("Ratings", "Fandoms", "Additional Tags");
    assertThat(tags.select("section#fandom a:contains(All Fandoms)").attr("href")).isEqualTo("/fandoms");
    assertThat(tags.text()).doesNotContain(hiddenFreeform, hiddenFandom);

    List<String> freeforms = everyTagOf("freeform");
    assertThat(freeforms).contains(freeform + " (2)", "Birds " + marker + " (2)")
        .noneMatch(tag -> tag.startsWith(hiddenFreeform));
  }

  @Test
  void everyTagOfAKindIsListedOnceAcrossItsPages() throws Exception {
    String own = TestWorks.marker();
    StoryDocument.Builder story = StoryDocument.builder().title("Many Tags " + own).creator("Collector " + own)
        .chapter(new StoryChapter(null, null, null, "<p>A list of pebbles.</p>"));
    List<String> pebbles = new ArrayList<>();
    for (int i = 0; i <= 200; i++) { // one more than a page of tags holds
      pebbles.add("Pebble %03d %s".formatted(i, own));
      story.tag(TagKind.CHARACTER, pebbles.getLast());
    }
    TestWorks.publish(publisher, story.build());

    List<String> characters = everyTagOf("character");
    assertThat(characters.stream().filter(tag -> tag.contains(own)))
        .containsExactlyElementsOf(pebbles.stream().map(name -> name + " (1)").toList());
  }

  /** Every tag of a kind with its count, following the pages of {@code /tags?kind=}. */
  List<String> everyTagOf(String kind) throws Exception {
    List<String> tags = new ArrayList<>();
    String href = "/tags?kind=" + kind;
    while (href != null) {
      Document page = page(href);
      page.select("main ul.tags li").forEach(li -> tags.add(li.text()));
      Element next = page.selectFirst("nav.pagination a[rel=next]");
      href = next == null ? null : next.attr("href");
    }
    return tags;
  }

  @Test
  void aTagsPageSaysItsKindListsItsWorksWithTheSidebarAndCountsThem() throws Exception {
    Document tag = page(tagPage(tvFandom));

    assertThat(tag.select("main h2 a.tag").text()).isEqualTo(tvFandom);
    assertThat(tag.select("p.tag-kind").text()).contains("Fandom category");
    assertThat(tag.select("#found-heading").text()).isEqualTo("2 Works in " + tvFandom);
    assertThat(tag.select("li.work.blurb h4.heading a:first-child").eachText())
        .containsExactlyInAnyOrder("Lamplight " + marker, "Low Tide " + marker);
    assertThat(tag.select(".filters th[scope=row]").eachText()).contains(freeform + " (2)");
    assertThat(tag.select("form#work-search").attr("action")).isEqualTo(tagPage(tvFandom));
  }

  @Test
  void aTagsPageFiltersWithinTheTag() throws Exception {
    Document filtered = page(tagPage(freeform) + "?exclude=fandom:" + tvFandom.replace(" ", "%20"));

    assertThat(filtered.select("li.work.blurb")).isEmpty();
    assertThat(page(tagPage(freeform) + "/works").select("li.work.blurb")).hasSize(2);
  }

  @Test
  void aTagNoWorkHasIsNotFound() throws Exception {
    mvc.perform(get("/tags/{t}", "No Such Tag " + marker)).andExpect(status().isNotFound());
  }

  @Test
  void everyTagLinkLeadsToTheTagsPage() throws Exception {
    Document work = page("/works/" + first + "?view_adult=true");
    Document search = page("/works/search?q=" + marker);

    List<String> links = new ArrayList<>(work.select("dl.work.meta a.tag").eachAttr("href"));
    links.addAll(search.select("li.work.blurb a.tag").eachAttr("href"));
    assertThat(links).isNotEmpty().allMatch(href -> href.startsWith("/tags/") && !href.endsWith("/works"));
    assertThat(links).contains(tagPage(tvFandom), tagPage(freeform));
  }

  @Test
  void opdsListsNeverCountDraftsOrHiddenWorks() throws Exception {
    FeedReader reader = new FeedReader(mvc);
    List<String> fandoms = entriesOfEveryPage(reader, "http://localhost/opds/tags/fandom");
    List<String> creators = entriesOfEveryPage(reader, "http://localhost/opds/creators");

    assertThat(fandoms).contains(tvFandom + ": 2 works").noneMatch(entry -> entry.startsWith(hiddenFandom));
    assertThat(creators).contains("Writer " + marker + ": 4 works").noneMatch(entry -> entry.startsWith(ghost));
  }

  /** Each entry of a navigation feed and its later pages, as {@code title: content}. */
  static List<String> entriesOfEveryPage(FeedReader reader, String href) throws Exception {
    List<String> all = new ArrayList<>();
    String next = href;
    while (next != null) {
      Document feed = reader.feed(next, NAVIGATION);
      entries(feed).forEach(e -> all.add(e.selectFirst("> title").text() + ": " + e.selectFirst("> content").text()));
      next = link(feed.selectFirst("feed"), "next").isPresent() ? linkOf(feed.selectFirst("feed"), "next") : null;
    }
    return all;
  }
}
