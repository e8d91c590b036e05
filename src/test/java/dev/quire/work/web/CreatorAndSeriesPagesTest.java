package dev.quire.work.web;

import dev.quire.account.Viewer;
import dev.quire.search.TestWorks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quire.ArchiveTest;
import dev.quire.account.Account;
import dev.quire.download.EpubFiles;
import dev.quire.ingest.WorkPublisher;
import dev.quire.story.StoryDocument;
import dev.quire.story.StoryDocument.StoryChapter;
import dev.quire.tag.TagKind;
import dev.quire.work.Visibility;
import dev.quire.work.VisibilityChanges;
import dev.quire.work.WorkCatalog;
import dev.quire.work.WorkSummary.Byline;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Creators' and series' pages, and the bylines that lead to them. */
class CreatorAndSeriesPagesTest extends ArchiveTest {

  @Autowired WorkPublisher publisher;
  @Autowired WorkCatalog catalog;
  @Autowired VisibilityChanges visibility;
  @Autowired MockMvc mvc;
  @Autowired EntityManagerFactory entityManagerFactory;

  String marker;
  String creator;
  String series;
  long first;
  long second;
  long hidden;
  long draft;

  @BeforeEach
  void publishASeriesWithAHiddenWorkAndADraft() {
    marker = TestWorks.marker();
    creator = "Ünal Ayşe " + marker;
    series = "Tide Lamps " + marker;
    first = publish("First Lamp", 1, LocalDate.of(2024, 1, 1));
    second = publish("Second Lamp", 2, LocalDate.of(2024, 2, 1));
    hidden = publish("Hidden Lamp", 3, LocalDate.of(2024, 3, 1));
    draft = publish("Draft Lamp", 4, LocalDate.of(2024, 4, 1));
    visibility.change(Viewer.archive(), hidden, Visibility.HIDDEN);
    visibility.change(Viewer.archive(), draft, Visibility.DRAFT);
  }

  @Test
  void aBylineLinksEachCreatorToTheirPageEverywhereItShows() throws Exception {
    Byline byline = byline(first);
    String pseud = byline.pseudPath();

    assertThat(byline.userName()).isEqualTo(Account.UNCLAIMED);
    assertThat(pseud).isEqualTo("/users/unclaimed/pseuds/%C3%9Cnal%20Ay%C5%9Fe%20" + marker);
    for (String page : List.of("/works/" + first, "/works/" + first + "/navigate", "/series/" + seriesId(),
        "/works/search?q=" + marker)) {
      assertThat(page(page).select("a[rel=author]").eachAttr("href")).as(page).contains(pseud);
      assertThat(page(page).select("a[rel=author]").eachText()).as(page).contains(creator);
    }
  }

  @Test
  void aCreatorsPageListsTheWorksReadersMaySeeNewestFirstAndCountsOnlyThose() throws Exception {
    Document page = page(byline(first).pseudPath());

    assertThat(page.select("li.work h4.heading a:first-child").eachText())
        .containsExactly("Second Lamp " + marker, "First Lamp " + marker);
    assertThat(page.select("main h3.heading").text()).isEqualTo("2 Works by " + creator);
  }

  @Test
  void aSeriesPageListsItsVisibleWorksInOrderWithItsEpub() throws Exception {
    Document page = page("/series/" + seriesId());

    assertThat(page.select("div.series-show h2.heading").text()).isEqualTo(series);
    assertThat(page.select("h4.heading a:first-child").eachAttr("href"))
        .containsExactly("/works/" + first, "/works/" + second);
    assertThat(page.select("dl.stats dd.works").text()).isEqualTo("2");
    assertThat(page.text()).doesNotContain("Hidden Lamp", "Draft Lamp");
    assertThat(page.select("li.download a").attr("href")).startsWith("/downloads/series/" + seriesId() + "/");
  }

  @Test
  void aSeriesPageReadsNoTextButItsEpubHoldsEveryText() throws Exception {
    String seriesPage = "/series/" + seriesId();
    long textsRead = TextReads.during(entityManagerFactory, () -> page(seriesPage));
    String epubAddress = page(seriesPage).select("li.download a").attr("href");
    byte[] epub = mvc.perform(get(URI.create(epubAddress))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();

    assertThat(textsRead).isZero();
    assertThat(String.join("\n", EpubFiles.of(epub).values())).contains("First Lamp", "Second Lamp").containsSubsequence(
        "The lamp was lit at dusk.", "The lamp was lit at dusk.");
  }

  @Test
  void aWorkNamesItsPlaceInItsSeriesAndLinksIt() throws Exception {
    Document page = page("/works/" + second);

    assertThat(page.select("dd.series span.position").text()).isEqualTo("Part 2 of " + series);
    assertThat(page.select("dd.series a").attr("href")).isEqualTo("/series/" + seriesId());
  }

  @Test
  void aCreatorOfHiddenWorksAndDraftsOnlyHasNoPage() throws Exception {
    String alone = "Only Hidden " + marker;
    long work = TestWorks.publish(publisher, story("Unseen Lamp " + marker, alone, null, 0, LocalDate.of(2024, 5, 1)));
    Byline byline = byline(work);
    visibility.change(Viewer.archive(), work, Visibility.HIDDEN);

    mvc.perform(get(URI.create(byline.pseudPath()))).andExpect(status().isNotFound());
  }

  @Test
  void aSeriesOfHiddenWorksOnlyHasNoPage() throws Exception {
    long work = TestWorks.publish(publisher,
        story("Lone Lamp " + marker, creator, "Hidden Series " + marker, 1, LocalDate.of(2024, 5, 1)));
    long id = catalog.details(Viewer.guest(), work).orElseThrow().series().getFirst().seriesId();
    visibility.change(Viewer.archive(), work, Visibility.HIDDEN);

    mvc.perform(get("/series/{id}", id)).andExpect(status().isNotFound());
    mvc.perform(get("/series/{id}", 987654321L)).andExpect(status().isNotFound());
    mvc.perform(get("/series/lots")).andExpect(status().isBadRequest());
  }

  @Test
  void importedNamesInAnyScriptAndNamesAlikeAreBylinesOfTheirOwnHeldByUnclaimed() throws Exception {
    Byline cjk = byline(TestWorks.publish(publisher, story("Lamp " + marker, "灯台守" + marker, null, 0, LocalDate.of(2024, 1, 1))));
    Byline plain = byline(TestWorks.publish(publisher, story("Lamp Two " + marker, "Rhea-" + marker, null, 0, LocalDate.of(2024, 1, 1))));
    Byline alike = byline(TestWorks.publish(publisher, story("Lamp Three " + marker, "Rhea " + marker, null, 0, LocalDate.of(2024, 1, 1))));

    assertThat(List.of(cjk, plain, alike)).extracting(Byline::userName).containsOnly(Account.UNCLAIMED);
    assertThat(List.of(cjk, plain, alike)).extracting(Byline::pseudPath).doesNotHaveDuplicates();
    assertThat(page(alike.pseudPath()).select("li.work h4.heading a:first-child").eachText())
        .containsExactly("Lamp Three " + marker);
  }

  @Test
  void aProlificCreatorsWorksComeTwentyToAPage() throws Exception {
    String prolific = "Prolific " + marker;
    long oldest = 0;
    for (int day = 1; day <= 21; day++) {
      long work = TestWorks.publish(publisher, story("Note " + day + " " + marker, prolific, null, 0, LocalDate.of(2023, 1, day)));
      oldest = day == 1 ? work : oldest;
    }
    Byline byline = byline(oldest);

    Document first = page(byline.pseudPath());
    Document second = page(byline.pseudPath() + "?page=2");

    assertThat(first.select("li.work")).hasSize(20);
    assertThat(first.select("li.work h4.heading a:first-child").first().text()).isEqualTo("Note 21 " + marker);
    assertThat(first.select("nav.pagination a[rel=next]").attr("href")).isEqualTo(byline.pseudPath() + "?page=2");
    assertThat(second.select("li.work h4.heading a:first-child").eachText()).containsExactly("Note 1 " + marker);
    assertThat(second.select("main h3.heading").text()).isEqualTo("21 Works by " + prolific);
  }

  @Test
  void aUserLeadsToTheirPseudAndABadPageIsExplained() throws Exception {
    Byline byline = byline(first);

    mvc.perform(get("/users/{user}", byline.userName())).andExpect(redirectedUrl(byline.worksPath()));
    String message = mvc.perform(get(byline.worksPath()).param("page", "lots"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getErrorMessage();
    assertThat(message).isEqualTo("'page' takes a page number from 1, not 'lots'");
    String tooFar = mvc.perform(get(byline.worksPath()).param("page", "200000000"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getErrorMessage();
    assertThat(tooFar).isEqualTo("'page' takes a page number from 1 to " + CreatorController.LAST_PAGE
        + ", not '200000000'");
    mvc.perform(get("/users/nobody_{m}/works", marker)).andExpect(status().isNotFound());
  }

  private long seriesId() {
    return catalog.details(Viewer.guest(), first).orElseThrow().series().getFirst().seriesId();
  }

  private Byline byline(long work) {
    return catalog.details(Viewer.guest(), work).orElseThrow().summary().bylines().getFirst();
  }

  private long publish(String title, int position, LocalDate updated) {
    return TestWorks.publish(publisher, story(title + " " + marker, creator, series, position, updated));
  }

  private static StoryDocument story(String title, String creator, String series, int position, LocalDate updated) {
    StoryDocument.Builder story = StoryDocument.builder()
        .title(title)
        .creator(creator)
        .tag(TagKind.RATING, "General Audiences")
        .published(updated)
        .chapter(new StoryChapter(null, null, null, "<p>The lamp was lit at dusk.</p>"));
    if (series != null) {
      story.series(series, position);
    }
    return story.build();
  }

  private Document page(String url) throws Exception {
    return Jsoup.parse(mvc.perform(get(URI.create(url))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }
}
